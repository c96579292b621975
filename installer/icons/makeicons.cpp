// makeicons: the application icon for every platform, from its one SVG, at
// build time: the PNG sizes of the freedesktop hicolor theme (Linux), an
// .ico (Windows) and an .icns (macOS). Qt only, so the same tool runs
// wherever the project builds; no image converter needs to be installed.
//
//   makeicons SVG OUTDIR NAME SIZES
//     OUTDIR/hicolor/scalable/apps/NAME.svg, OUTDIR/hicolor/NxN/apps/NAME.png
//     for each N of SIZES (comma-separated), OUTDIR/NAME.ico, OUTDIR/NAME.icns

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QtEndian>

#include <array>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Windows picks from these for lists, tiles and the taskbar; 256 is the largest an .ico holds.
constexpr std::array kIcoSizes{16, 24, 32, 48, 64, 128, 256};

struct IcnsEntry
{
    const char *type;
    int size;
};
// Apple's PNG-bearing types: 16, 32 and 64 (icp4-6), 128 to 512 and their
// double-density twins (ic07-ic14).
constexpr std::array kIcnsEntries{IcnsEntry{"icp4", 16}, IcnsEntry{"icp5", 32}, IcnsEntry{"icp6", 64},
                                  IcnsEntry{"ic07", 128}, IcnsEntry{"ic08", 256}, IcnsEntry{"ic09", 512},
                                  IcnsEntry{"ic10", 1024}, IcnsEntry{"ic11", 32}, IcnsEntry{"ic12", 64},
                                  IcnsEntry{"ic13", 256}, IcnsEntry{"ic14", 512}};

bool fail(const QString &message)
{
    std::fprintf(stderr, "makeicons: %s\n", qPrintable(message));
    return false;
}

QByteArray renderPng(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter, QRectF(0, 0, size, size));
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(u"cannot create the folder of %1"_s.arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(u"cannot write %1: %2"_s.arg(path, file.errorString()));
    return true;
}

template<typename T>
void appendLittleEndian(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

template<typename T>
void appendBigEndian(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToBigEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

// ICONDIR, one ICONDIRENTRY per size, then the images (PNG-compressed
// entries, read by Windows Vista and later).
QByteArray ico(QSvgRenderer &svg)
{
    QList<QByteArray> images;
    for (const int size : kIcoSizes)
        images.append(renderPng(svg, size));
    QByteArray out;
    appendLittleEndian<quint16>(out, 0); // reserved
    appendLittleEndian<quint16>(out, 1); // an icon, not a cursor
    appendLittleEndian<quint16>(out, quint16(images.size()));
    quint32 offset = 6 + 16 * quint32(images.size());
    for (qsizetype i = 0; i < images.size(); ++i) {
        const int size = kIcoSizes[size_t(i)];
        out.append(char(size >= 256 ? 0 : size)); // 0 means 256
        out.append(char(size >= 256 ? 0 : size));
        out.append(char(0)); // no palette
        out.append(char(0)); // reserved
        appendLittleEndian<quint16>(out, 1);  // colour planes
        appendLittleEndian<quint16>(out, 32); // bits per pixel
        appendLittleEndian<quint32>(out, quint32(images[i].size()));
        appendLittleEndian<quint32>(out, offset);
        offset += quint32(images[i].size());
    }
    for (const QByteArray &image : std::as_const(images))
        out.append(image);
    return out;
}

// "icns", the file's length, then per entry its type, its length (header
// included) and the PNG, all lengths big-endian.
QByteArray icns(QSvgRenderer &svg)
{
    QByteArray entries;
    for (const IcnsEntry &entry : kIcnsEntries) {
        const QByteArray png = renderPng(svg, entry.size);
        entries.append(entry.type, 4);
        appendBigEndian<quint32>(entries, quint32(png.size() + 8));
        entries.append(png);
    }
    QByteArray out("icns");
    appendBigEndian<quint32>(out, quint32(entries.size() + 8));
    return out + entries;
}

bool run(const QString &svgPath, const QString &outDir, const QString &name, const QList<int> &themeSizes)
{
    QFile source(svgPath);
    if (!source.open(QIODevice::ReadOnly))
        return fail(u"cannot read %1: %2"_s.arg(svgPath, source.errorString()));
    const QByteArray svgBytes = source.readAll();
    QSvgRenderer svg(svgBytes);
    if (!svg.isValid())
        return fail(u"%1 is not an SVG image Qt can draw"_s.arg(svgPath));

    const QDir out(outDir);
    if (!writeFile(out.filePath(u"hicolor/scalable/apps/%1.svg"_s.arg(name)), svgBytes))
        return false;
    for (const int size : themeSizes) {
        if (!writeFile(out.filePath(u"hicolor/%1x%1/apps/%2.png"_s.arg(size).arg(name)), renderPng(svg, size)))
            return false;
    }
    return writeFile(out.filePath(name + u".ico"_s), ico(svg)) && writeFile(out.filePath(name + u".icns"_s), icns(svg));
}

} // namespace

int main(int argc, char *argv[])
{
    // Drawing needs no screen: a build machine may have none.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QList<int> themeSizes;
    if (args.size() == 5) {
        for (const QString &text : args.at(4).split(u',')) {
            bool ok = false;
            const int size = text.toInt(&ok);
            if (!ok || size < 1 || size > 1024) {
                fail(u"\"%1\" is not an icon size (1-1024)"_s.arg(text));
                return 2;
            }
            themeSizes.append(size);
        }
    }
    if (args.size() != 5 || themeSizes.isEmpty()) {
        std::fputs("usage: makeicons SVG OUTDIR NAME SIZES   (SIZES: 16,32,…)\n", stderr);
        return 2;
    }
    return run(args.at(1), args.at(2), args.at(3), themeSizes) ? 0 : 1;
}
