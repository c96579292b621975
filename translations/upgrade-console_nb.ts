<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AdminActionLog</name>
    <message>
        <source>The record of the admin's actions in %1 cannot be read (%2). Move the file aside to start a new record; the report then lacks the actions it held.</source>
        <translation>Oversikten over administratorens handlinger i %1 kan ikke leses (%2). Flytt filen til side for å starte en ny oversikt; rapporten mangler da handlingene den inneholdt.</translation>
    </message>
    <message>
        <source>written by another version</source>
        <translation>skrevet av en annen versjon</translation>
    </message>
    <message>
        <source>The record of the admin's actions in %1 stayed locked by another program; this action is not in it.</source>
        <translation>Oversikten over administratorens handlinger i %1 forble låst av et annet program; denne handlingen er ikke med i den.</translation>
    </message>
</context>
<context>
    <name>AlertWebhook</name>
    <message>
        <source>The alert webhook's address is not usable: %1</source>
        <translation>Adressen til varslings-webhooken kan ikke brukes: %1</translation>
    </message>
    <message>
        <source>give the whole URL the receiving tool gave you, starting with https://.</source>
        <translation>oppgi hele URL-en mottakerverktøyet ga deg, som begynner med https://.</translation>
    </message>
    <message>
        <source>it must start with https:// (the URL is a secret: it is never sent unencrypted).</source>
        <translation>den må begynne med https:// (URL-en er en hemmelighet: den sendes aldri ukryptert).</translation>
    </message>
    <message>
        <source>No PEM certificate could be read from %1.</source>
        <translation>Ingen PEM-sertifikater kunne leses fra %1.</translation>
    </message>
    <message>
        <source>it answered HTTP %1</source>
        <translation>den svarte HTTP %1</translation>
    </message>
    <message>
        <source>its certificate is not trusted</source>
        <translation>sertifikatet er ikke klarert</translation>
    </message>
    <message>
        <source>it did not answer within %1 s</source>
        <translation>den svarte ikke innen %1 s</translation>
    </message>
    <message>
        <source>it could not be reached (%1)</source>
        <translation>den kunne ikke nås (%1)</translation>
    </message>
    <message>
        <source>The alert webhook at %1 did not take the alert "%2": %3. The console still shows it; check the webhook in the profile.</source>
        <translation>Varslings-webhooken på %1 tok ikke imot varselet «%2»: %3. Konsollen viser det fortsatt; kontroller webhooken i profilen.</translation>
    </message>
</context>
<context>
    <name>Attempt</name>
    <message>
        <source>in progress</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>upgraded</source>
        <translation>oppgradert</translation>
    </message>
    <message>
        <source>calls did not clear within the limit</source>
        <translation>samtalene ble ikke avsluttet innen fristen</translation>
    </message>
    <message>
        <source>node could not be contacted</source>
        <translation>noden kunne ikke kontaktes</translation>
    </message>
    <message>
        <source>installation failed</source>
        <translation>installasjonen mislyktes</translation>
    </message>
    <message>
        <source>abandoned by a Management Node reboot</source>
        <translation>avbrutt av en omstart av administrasjonsnoden</translation>
    </message>
    <message>
        <source>stopped at the 24-hour limit</source>
        <translation>stoppet ved 24-timersgrensen</translation>
    </message>
</context>
<context>
    <name>CallList</name>
    <message>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Tilkoblet siden</translation>
    </message>
</context>
<context>
    <name>ConnectJob</name>
    <message>
        <source>Enter the password of the user "%1", then press Connect.</source>
        <translation>Skriv inn passordet til brukeren "%1", og trykk Koble til.</translation>
    </message>
    <message>
        <source>Not connected: the certificate was not trusted.</source>
        <translation>Ikke tilkoblet: sertifikatet ble ikke klarert.</translation>
    </message>
    <message>
        <source>Alerts stay on this desktop: the alert webhook's address could not be read from the keychain (%1).</source>
        <translation>Varsler blir på dette skrivebordet: adressen til varslings-webhooken kunne ikke leses fra nøkkelringen (%1).</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>A demo deployment has from 1 to %1 Conferencing Nodes.</source>
        <translation>Et demomiljø har fra 1 til %1 konferansenoder.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the demo's files. Check that your cache folder exists and that you may write to it.</source>
        <translation>Kunne ikke opprette mappen %1 for demoens filer. Kontroller at hurtigbuffermappen din finnes, og at du har skrivetilgang til den.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the demo: %1</source>
        <translation>Kunne ikke opprette en midlertidig mappe for demoen: %1</translation>
    </message>
    <message>
        <source>The demo deployment did not start: %1</source>
        <translation>Demomiljøet startet ikke: %1</translation>
    </message>
    <message numerus="yes">
        <source>Demo deployment (%n simulated Conferencing Nodes)</source>
        <translation>
            <numerusform>Demomiljø (%n simulert konferansenode)</numerusform>
            <numerusform>Demomiljø (%n simulerte konferansenoder)</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo deployment is not running.</source>
        <translation>Demomiljøet kjører ikke.</translation>
    </message>
    <message>
        <source>, API of a real Management Node (%1)</source>
        <translation>, API-et til en ekte administrasjonsnode (%1)</translation>
    </message>
    <message>
        <source>, API with this project's extensions (extended)</source>
        <translation>, API med dette prosjektets utvidelser (extended)</translation>
    </message>
</context>
<context>
    <name>DeploymentFiles</name>
    <message>
        <source>another program</source>
        <translation>et annet program</translation>
    </message>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation>%1 (prosess %2 på %3)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kunne ikke lese %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>mappen kan ikke opprettes</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>Kunne ikke fjerne %1: %2</translation>
    </message>
    <message>
        <source>This deployment is in use by %1.</source>
        <translation>Dette miljøet er i bruk av %1.</translation>
    </message>
</context>
<context>
    <name>DrainAheadRunner</name>
    <message>
        <source>Drained ahead of its upgrade turn by Infinity Upgrade Console; it takes the node out again once it is upgraded</source>
        <translation>Satt i vedlikeholdsmodus før sin oppgraderingstur av Infinity Upgrade Console; den tar noden ut igjen når den er oppgradert</translation>
    </message>
</context>
<context>
    <name>DrainRecord</name>
    <message>
        <source>The record of the nodes drained ahead in %1 cannot be read (%2). Check the nodes' maintenance mode on the Management Node, then move the file aside.</source>
        <translation>Oversikten over nodene som er tømt på forhånd i %1, kan ikke leses (%2). Kontroller nodenes vedlikeholdsmodus på administrasjonsnoden, og flytt deretter filen til side.</translation>
    </message>
    <message>
        <source>written by another version</source>
        <translation>skrevet av en annen versjon</translation>
    </message>
</context>
<context>
    <name>EngineSettings</name>
    <message>
        <source>max_parallel must be between 1 and %1, not %2.</source>
        <translation>max_parallel må være mellom 1 og %1, ikke %2.</translation>
    </message>
    <message>
        <source>The %1 must be longer than zero.</source>
        <translation>Innstillingen %1 må være lengre enn null.</translation>
    </message>
    <message>
        <source>drain timeout</source>
        <translation>«tidsgrense for å vente på samtaler»</translation>
    </message>
    <message>
        <source>run deadline</source>
        <translation>«frist for oppgraderingen»</translation>
    </message>
    <message>
        <source>re-initiation lock</source>
        <translation>«sperre for nye oppgraderinger»</translation>
    </message>
    <message>
        <source>preparing duration</source>
        <translation>«varighet for forberedelse»</translation>
    </message>
    <message>
        <source>unreachable retry</source>
        <translation>«nytt forsøk ved manglende kontakt»</translation>
    </message>
    <message>
        <source>install timeout</source>
        <translation>«tidsgrense for installasjon»</translation>
    </message>
    <message>
        <source>reboot timeout</source>
        <translation>«tidsgrense for omstart»</translation>
    </message>
</context>
<context>
    <name>GuidedUpgrade</name>
    <message>
        <source>The Management Node reports a version this console cannot read ("%1"), so no upgrade path can be planned. Check the version on its status page, and use a newer console.</source>
        <translation>Administrasjonsnoden rapporterer en versjon som konsollen ikke kan lese ("%1"), så ingen oppgraderingsvei kan planlegges. Kontroller versjonen på statussiden dens, og bruk en nyere konsoll.</translation>
    </message>
    <message>
        <source>An upgrade to %1 is running now (%2 of %3 systems upgraded). Let it finish, then start the guided upgrade again: it plans from what is installed then.</source>
        <translation>En oppgradering til %1 kjører nå (%2 av %3 systemer oppgradert). La den bli ferdig, og start deretter den veiledede oppgraderingen på nytt: den planlegger ut fra det som er installert da.</translation>
    </message>
    <message>
        <source>Every system runs %1, the newest version the upgrade paths know. There is nothing to do.</source>
        <translation>Alle systemene kjører %1, den nyeste versjonen oppgraderingsveiene kjenner til. Det er ingenting å gjøre.</translation>
    </message>
    <message>
        <source>finish the interrupted upgrade to %1 (the nodes still on an older version)</source>
        <translation>fullfør den avbrutte oppgraderingen til %1 (nodene som fortsatt er på en eldre versjon)</translation>
    </message>
    <message>
        <source>upgrade to v%1</source>
        <translation>oppgrader til v%1</translation>
    </message>
    <message>
        <source>Steps: %1.</source>
        <translation>Trinn: %1.</translation>
    </message>
    <message>
        <source>This file is the package for %1, but this step finishes the interrupted upgrade: it needs the package of the version the Management Node already runs, %2. Choose that file.</source>
        <translation>Denne filen er pakken for %1, men dette trinnet fullfører den avbrutte oppgraderingen: det trenger pakken for versjonen administrasjonsnoden allerede kjører, %2. Velg den filen.</translation>
    </message>
    <message>
        <source>This file is the package for version %1, but this step upgrades to version %2. Choose the version %2 package (its file name usually contains "%2").</source>
        <translation>Denne filen er pakken for versjon %1, men dette trinnet oppgraderer til versjon %2. Velg pakken for versjon %2 (filnavnet inneholder vanligvis "%2").</translation>
    </message>
    <message>
        <source>There are no Conferencing Nodes to reboot.</source>
        <translation>Det er ingen konferansenoder å starte på nytt.</translation>
    </message>
    <message>
        <source>%1 of %2 Conferencing Nodes rebooted since the checklist began.</source>
        <translation>%1 av %2 konferansenoder er startet på nytt siden sjekklisten begynte.</translation>
    </message>
    <message>
        <source>Rebooting now: %1.</source>
        <translation>Starter på nytt nå: %1.</translation>
    </message>
    <message>
        <source>Not rebooted yet: %1.</source>
        <translation>Ikke startet på nytt ennå: %1.</translation>
    </message>
    <message>
        <source>Cannot be contacted, so their reboot cannot be verified: %1. Bring them back, or remove them from the deployment, before upgrading.</source>
        <translation>Kan ikke kontaktes, så omstarten deres kan ikke bekreftes: %1. Få dem tilbake, eller fjern dem fra miljøet, før du oppgraderer.</translation>
    </message>
    <message>
        <source>All %1 systems run %2 and have no upgrade in progress.</source>
        <translation>Alle de %1 systemene kjører %2 og har ingen oppgradering som pågår.</translation>
    </message>
    <message>
        <source>Not on %1 yet: %2.</source>
        <translation>Ikke på %1 ennå: %2.</translation>
    </message>
    <message>
        <source>Still busy: %1.</source>
        <translation>Fortsatt opptatt: %1.</translation>
    </message>
    <message>
        <source>The saved progress of the guided upgrade cannot be read (%1). Nothing was changed on the deployment; start the guided upgrade again: it plans from what is installed now.</source>
        <translation>Den lagrede fremdriften for den veiledede oppgraderingen kan ikke leses (%1). Ingenting ble endret i miljøet; start den veiledede oppgraderingen på nytt: den planlegger ut fra det som er installert nå.</translation>
    </message>
    <message>
        <source>Step %1 of %2: finish the upgrade to %3</source>
        <translation>Trinn %1 av %2: fullfør oppgraderingen til %3</translation>
    </message>
    <message>
        <source>Step %1 of %2: to v%3</source>
        <translation>Trinn %1 av %2: til v%3</translation>
    </message>
    <message>
        <source>Pre-flight checklist</source>
        <translation>Sjekkliste før start</translation>
    </message>
    <message>
        <source>Every step is done</source>
        <translation>Alle trinnene er fullført</translation>
    </message>
    <message>
        <source>%1: choose and upload the package</source>
        <translation>%1: velg og last opp pakken</translation>
    </message>
    <message>
        <source>%1: watching the upgrade</source>
        <translation>%1: følger oppgraderingen</translation>
    </message>
    <message>
        <source>%1: verified</source>
        <translation>%1: kontrollert</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the guided upgrade's progress. Check that you may write there.</source>
        <translation>Kunne ikke opprette mappen %1 for fremdriften til den veiledede oppgraderingen. Kontroller at du har skrivetilgang der.</translation>
    </message>
    <message>
        <source>Could not save the guided upgrade's progress to %1: %2. Free some disk space or fix the folder's permissions; the upgrade itself goes on on the Management Node.</source>
        <translation>Kunne ikke lagre fremdriften til den veiledede oppgraderingen i %1: %2. Frigjør litt diskplass eller rett opp tillatelsene til mappen; selve oppgraderingen fortsetter på administrasjonsnoden.</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>Kunne ikke fjerne %1: %2</translation>
    </message>
    <message>
        <source>A guided upgrade of this deployment is already open in %1. Only one may run at a time: finish or close that one first.</source>
        <translation>En veiledet oppgradering av dette miljøet er allerede åpen i %1. Bare én kan kjøre om gangen: fullfør eller lukk den først.</translation>
    </message>
    <message>
        <source>a new version</source>
        <translation>en ny versjon</translation>
    </message>
</context>
<context>
    <name>NodeStatus</name>
    <message>
        <source>No upgrade in progress</source>
        <translation>Ingen oppgradering pågår</translation>
    </message>
    <message>
        <source>Nothing is happening to this node right now: its turn has not come yet, or it has already finished and restarted. Its installed version tells which.</source>
        <translation>Ingenting skjer med denne noden akkurat nå: enten er det ikke dens tur ennå, eller så er den allerede ferdig og startet på nytt. Den installerte versjonen viser hva som gjelder.</translation>
    </message>
    <message>
        <source>Upgrade pending</source>
        <translation>Oppgradering venter</translation>
    </message>
    <message>
        <source>The node is queued for this upgrade. It keeps serving calls until the nodes ahead of it are done.</source>
        <translation>Noden står i kø for denne oppgraderingen. Den fortsetter å betjene samtaler til nodene foran den er ferdige.</translation>
    </message>
    <message>
        <source>Preparing to upgrade</source>
        <translation>Forbereder oppgradering</translation>
    </message>
    <message>
        <source>The node's turn has begun: it now turns away new calls and is shutting down its services.</source>
        <translation>Det er nodens tur: den avviser nå nye samtaler og stenger ned tjenestene sine.</translation>
    </message>
    <message>
        <source>Waiting for calls to clear</source>
        <translation>Venter på at samtalene avsluttes</translation>
    </message>
    <message>
        <source>The node takes no new calls and waits for its current ones to end. If it seems stuck, rebooting it drops those calls and lets the upgrade go on.</source>
        <translation>Noden tar ikke imot nye samtaler og venter på at de pågående skal avsluttes. Hvis den ser ut til å ha stoppet opp, kan du starte den på nytt: da brytes samtalene, og oppgraderingen går videre.</translation>
    </message>
    <message>
        <source>Timeout waiting for calls to clear</source>
        <translation>Samtalene ble ikke avsluttet i tide</translation>
    </message>
    <message>
        <source>Calls were still running an hour into this node's turn, so it accepts calls again and has gone to the end of the queue. It is tried again after the others.</source>
        <translation>Det pågikk fortsatt samtaler en time ut i nodens tur, så den tar imot samtaler igjen og er flyttet bakerst i køen. Den prøves på nytt etter de andre.</translation>
    </message>
    <message>
        <source>Upgrade in progress</source>
        <translation>Oppgradering pågår</translation>
    </message>
    <message>
        <source>The new software is being copied to the node and installed, which usually takes a few minutes. Configuration changes reach it only after it restarts.</source>
        <translation>Den nye programvaren kopieres til noden og installeres, noe som vanligvis tar noen minutter. Konfigurasjonsendringer når fram til den først etter at den har startet på nytt.</translation>
    </message>
    <message>
        <source>Rebooting</source>
        <translation>Starter på nytt</translation>
    </message>
    <message>
        <source>The install is complete and the node is restarting. It should be back on the new version shortly.</source>
        <translation>Installasjonen er fullført, og noden starter på nytt. Den skal snart være tilbake på den nye versjonen.</translation>
    </message>
    <message>
        <source>Could not communicate with conferencing node</source>
        <translation>Får ikke kontakt med konferansenoden</translation>
    </message>
    <message>
        <source>The Management Node cannot reach this node. The upgrade carries on without it and tries it again later; check the node's network and virtual machine.</source>
        <translation>Administrasjonsnoden når ikke denne noden. Oppgraderingen fortsetter uten den og prøver den igjen senere. Kontroller nettverket og den virtuelle maskinen til noden.</translation>
    </message>
    <message>
        <source>(no status)</source>
        <translation>(ingen status)</translation>
    </message>
    <message>
        <source>The Management Node sent no status for this node, so this console cannot tell where it stands in the upgrade.</source>
        <translation>Administrasjonsnoden sendte ingen status for denne noden, så konsollen kan ikke si hvor langt den har kommet i oppgraderingen.</translation>
    </message>
    <message>
        <source>This console does not know the status "%1" and shows it as the Management Node reported it. A newer version of the console may know what it means.</source>
        <translation>Konsollen kjenner ikke statusen "%1" og viser den slik administrasjonsnoden rapporterte den. En nyere versjon av konsollen kan vite hva den betyr.</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1 (utledet)</translation>
    </message>
    <message>
        <source>The Management Node reported "%1", which this console does not know; it inferred the status from the node's maintenance mode, calls, version and contact.</source>
        <translation>Management-noden rapporterte «%1», som denne konsollen ikke kjenner; statusen er utledet av nodens vedlikeholdsmodus, samtaler, versjon og kontakt.</translation>
    </message>
</context>
<context>
    <name>ObservedRunStore</name>
    <message>
        <source>The console's record of earlier upgrade runs could not be read (%1); it was moved to %2 and a new record begins.</source>
        <translation>Konsollens logg over tidligere oppgraderinger kunne ikke leses (%1); den ble flyttet til %2, og en ny logg begynner.</translation>
    </message>
</context>
<context>
    <name>PackageManifest</name>
    <message>
        <source>The package's manifest (manifest.json) is not valid: %1. The package is damaged or was not made for this console; download it again from Pexip.</source>
        <translation>Pakkens manifest (manifest.json) er ikke gyldig: %1. Pakken er skadet eller ikke laget for denne konsollen. Last den ned på nytt fra Pexip.</translation>
    </message>
    <message>
        <source>the field "%1" is missing</source>
        <translation>feltet "%1" mangler</translation>
    </message>
    <message>
        <source>the field "%1" must be text in quotes</source>
        <translation>feltet "%1" må være tekst i anførselstegn</translation>
    </message>
    <message>
        <source>the field "%1" is empty</source>
        <translation>feltet "%1" er tomt</translation>
    </message>
    <message>
        <source>the field "%1" holds "%2", which is not a version like "11 (71234.0.0)"</source>
        <translation>feltet "%1" inneholder "%2", som ikke er en versjon som "11 (71234.0.0)"</translation>
    </message>
    <message>
        <source>the field "%1" holds "%2", which is not a build number like "71234.0.0"</source>
        <translation>feltet "%1" inneholder "%2", som ikke er et byggnummer som "71234.0.0"</translation>
    </message>
    <message>
        <source>the field "%1" (%2) does not match the build number in "%3" (%4)</source>
        <translation>feltet "%1" (%2) stemmer ikke med byggnummeret i "%3" (%4)</translation>
    </message>
    <message>
        <source>it is %1 bytes long, more than the %2 bytes a manifest may have</source>
        <translation>det er %1 byte langt, mer enn de %2 bytene et manifest kan ha</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>det er ikke gyldig JSON (%1 ved byte %2)</translation>
    </message>
    <message>
        <source>it must hold a JSON object with the package's fields</source>
        <translation>det må inneholde et JSON-objekt med pakkens felt</translation>
    </message>
    <message>
        <source>This package is for "%1", not for %2, so it cannot upgrade this deployment. Choose the %2 upgrade package instead.</source>
        <translation>Denne pakken er for "%1", ikke for %2, så den kan ikke oppgradere dette miljøet. Velg oppgraderingspakken for %2 i stedet.</translation>
    </message>
    <message>
        <source>the field "%1" must be a whole number such as %2</source>
        <translation>feltet "%1" må være et heltall, for eksempel %2</translation>
    </message>
    <message>
        <source>the field "%1" is %2, but this console reads only format %3 (a newer console may read this package)</source>
        <translation>feltet "%1" er %2, men denne konsollen leser bare format %3 (en nyere konsoll kan kanskje lese denne pakken)</translation>
    </message>
    <message>
        <source>the field "%1" holds "%2", which is not a date like "2026-03-01"</source>
        <translation>feltet "%1" inneholder "%2", som ikke er en dato som "2026-03-01"</translation>
    </message>
    <message>
        <source>the field "%1" (%2) is newer than the package's own version (%3)</source>
        <translation>feltet "%1" (%2) er nyere enn pakkens egen versjon (%3)</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>det er ikke en vanlig fil</translation>
    </message>
    <message>
        <source>the package holds more than one manifest.json</source>
        <translation>pakken inneholder mer enn én manifest.json</translation>
    </message>
</context>
<context>
    <name>PackageReader</name>
    <message>
        <source>SHA-256 computation failed</source>
        <translation>beregningen av SHA-256 mislyktes</translation>
    </message>
    <message>
        <source>The file "%1" cannot be read (%2). Check that your account may read it and that the disk or network share holding it is still available, then try again.</source>
        <translation>Filen "%1" kan ikke leses (%2). Kontroller at kontoen din har lesetilgang til den, og at disken eller nettverksressursen den ligger på, fortsatt er tilgjengelig. Prøv deretter igjen.</translation>
    </message>
    <message>
        <source>"%1" is a PDF document, not an upgrade package; perhaps the release notes were picked instead of the package. Choose the upgrade package file itself (a .tar file).</source>
        <translation>"%1" er et PDF-dokument, ikke en oppgraderingspakke; kanskje ble versjonsmerknadene valgt i stedet for pakken. Velg selve oppgraderingspakken (en .tar-fil).</translation>
    </message>
    <message>
        <source>"%1" is a ZIP archive, not an upgrade package. If the package was sent zipped, extract it and choose the .tar file inside.</source>
        <translation>"%1" er et ZIP-arkiv, ikke en oppgraderingspakke. Hvis pakken ble sendt som ZIP, pakker du den ut og velger .tar-filen inni.</translation>
    </message>
    <message>
        <source>"%1" is compressed (%2), but upgrade packages are plain tar archives. Decompress it first and choose the resulting .tar file.</source>
        <translation>"%1" er komprimert (%2), men oppgraderingspakker er ukomprimerte tar-arkiver. Pakk den ut først, og velg .tar-filen du får.</translation>
    </message>
    <message>
        <source>"%1" is not an upgrade package: every Pexip Infinity upgrade package is a tar archive, and this file is not one. Choose the upgrade package downloaded from Pexip (a .tar file).</source>
        <translation>"%1" er ikke en oppgraderingspakke: alle oppgraderingspakker for Pexip Infinity er tar-arkiver, og denne filen er ikke det. Velg oppgraderingspakken du lastet ned fra Pexip (en .tar-fil).</translation>
    </message>
    <message>
        <source>"%1" is a virtual machine image (OVA), which deploys a new node; it cannot upgrade one. Choose the upgrade package for the version you want instead.</source>
        <translation>"%1" er et bilde av en virtuell maskin (OVA), som brukes til å sette opp en ny node; det kan ikke oppgradere en. Velg oppgraderingspakken for versjonen du vil ha i stedet.</translation>
    </message>
    <message>
        <source>"%1" is incomplete: the file stops after %2 bytes, before the end of the archive. The download or copy was probably interrupted. Download the package again and check that its size matches the one on the download page.</source>
        <translation>"%1" er ufullstendig: filen slutter etter %2 byte, før slutten av arkivet. Nedlastingen eller kopieringen ble sannsynligvis avbrutt. Last ned pakken på nytt, og kontroller at størrelsen stemmer med den på nedlastingssiden.</translation>
    </message>
    <message>
        <source>"%1" is damaged: its archive structure is broken near byte %2 (%3). Download the package again.</source>
        <translation>"%1" er skadet: arkivstrukturen er ødelagt nær byte %2 (%3). Last ned pakken på nytt.</translation>
    </message>
    <message>
        <source>Checking "%1" was cancelled. Nothing was changed; check the package again to upload it.</source>
        <translation>Kontrollen av "%1" ble avbrutt. Ingenting ble endret; kontroller pakken på nytt for å laste den opp.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>tom for minne</translation>
    </message>
    <message>
        <source>There is no file "%1". It may have been moved, renamed or deleted; choose the package again.</source>
        <translation>Filen "%1" finnes ikke. Den kan være flyttet, gitt nytt navn eller slettet; velg pakken på nytt.</translation>
    </message>
    <message>
        <source>"%1" is a folder, not a file. Choose the upgrade package file inside it.</source>
        <translation>"%1" er en mappe, ikke en fil. Velg oppgraderingspakken som ligger i den.</translation>
    </message>
    <message>
        <source>"%1" is not a regular file (it may be a device or a pipe). Choose the upgrade package file.</source>
        <translation>"%1" er ikke en vanlig fil (det kan være en enhet eller et rør). Velg filen med oppgraderingspakken.</translation>
    </message>
    <message>
        <source>"%1" is empty (0 bytes), so it cannot be an upgrade package. The download probably failed; download the package again.</source>
        <translation>"%1" er tom (0 byte), så den kan ikke være en oppgraderingspakke. Nedlastingen mislyktes sannsynligvis; last ned pakken på nytt.</translation>
    </message>
    <message>
        <source>SHA-256 is not available</source>
        <translation>SHA-256 er ikke tilgjengelig</translation>
    </message>
    <message>
        <source>"%1" is a tar archive but not an upgrade package: its name is not the vendor's (Pexip_Infinity_v&lt;version&gt;_UPGRADE_&lt;build&gt;.tar) and it holds no manifest.json naming a product and version. Choose the Pexip Infinity upgrade package under the name it was downloaded with.</source>
        <translation>«%1» er et tar-arkiv, men ikke en oppgraderingspakke: navnet er ikke leverandørens (Pexip_Infinity_v&lt;versjon&gt;_UPGRADE_&lt;bygg&gt;.tar), og det inneholder ingen manifest.json som oppgir produkt og versjon. Velg Pexip Infinity-oppgraderingspakken med navnet den ble lastet ned med.</translation>
    </message>
</context>
<context>
    <name>PackageVerdict</name>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message numerus="yes">
        <source>Conferencing Nodes still on %1: %n. There is no known way to upgrade from there to %2: %3</source>
        <translation>
            <numerusform>Konferansenoder som fortsatt er på %1: %n. Det finnes ingen kjent vei for å oppgradere derfra til %2: %3</numerusform>
            <numerusform>Konferansenoder som fortsatt er på %1: %n. Det finnes ingen kjent vei for å oppgradere derfra til %2: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conferencing Nodes still on %1, which cannot be upgraded straight to %2: %n. Bring every node to %3 first (install the %3 package again: it upgrades only the nodes that lag behind), then install this package.</source>
        <translation>
            <numerusform>Konferansenoder som fortsatt er på %1, og som ikke kan oppgraderes direkte til %2: %n. Få alle nodene over på %3 først (installer %3-pakken på nytt: den oppgraderer bare nodene som ligger etter), og installer deretter denne pakken.</numerusform>
            <numerusform>Konferansenoder som fortsatt er på %1, og som ikke kan oppgraderes direkte til %2: %n. Få alle nodene over på %3 først (installer %3-pakken på nytt: den oppgraderer bare nodene som ligger etter), og installer deretter denne pakken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conferencing Nodes still on %1: %n. This package installs only on %2 or later. Bring every node to %2 or later first, then install this package.</source>
        <translation>
            <numerusform>Konferansenoder som fortsatt er på %1: %n. Denne pakken kan bare installeres på %2 eller nyere. Få alle nodene over på %2 eller nyere først, og installer deretter denne pakken.</numerusform>
            <numerusform>Konferansenoder som fortsatt er på %1: %n. Denne pakken kan bare installeres på %2 eller nyere. Få alle nodene over på %2 eller nyere først, og installer deretter denne pakken.</numerusform>
        </translation>
    </message>
    <message>
        <source>This package is %1, older than the %2 that the Management Node runs, and an upgrade never goes backwards. To return to %1, restore the Management Node from the hypervisor snapshot taken before it was upgraded, then restore each Conferencing Node from its own snapshot, or deploy the Conferencing Nodes again.</source>
        <translation>Denne pakken er %1, eldre enn %2 som administrasjonsnoden kjører, og en oppgradering går aldri bakover. For å gå tilbake til %1 gjenoppretter du administrasjonsnoden fra øyeblikksbildet i hypervisoren som ble tatt før den ble oppgradert, og deretter hver konferansenode fra sitt eget øyeblikksbilde, eller du setter opp konferansenodene på nytt.</translation>
    </message>
    <message>
        <source>Every system in this deployment already runs %1: there is nothing to upgrade.</source>
        <translation>Alle systemene i dette miljøet kjører allerede %1: det er ingenting å oppgradere.</translation>
    </message>
    <message numerus="yes">
        <source>The Management Node already runs %1; Conferencing Nodes not on it yet: %n. Installing the package again upgrades only those nodes.</source>
        <translation>
            <numerusform>Administrasjonsnoden kjører allerede %1; konferansenoder som ikke er på den ennå: %n. Installerer du pakken på nytt, oppgraderes bare disse nodene.</numerusform>
            <numerusform>Administrasjonsnoden kjører allerede %1; konferansenoder som ikke er på den ennå: %n. Installerer du pakken på nytt, oppgraderes bare disse nodene.</numerusform>
        </translation>
    </message>
    <message>
        <source>This deployment runs %1, and %2 cannot be installed on it directly. Upgrade to %3 first, then install this package.</source>
        <translation>Dette miljøet kjører %1, og %2 kan ikke installeres direkte på det. Oppgrader til %3 først, og installer deretter denne pakken.</translation>
    </message>
    <message>
        <source>This package installs only on %1 or later, but the Management Node runs %2. Upgrade to %1 or later first, then install this package.</source>
        <translation>Denne pakken kan bare installeres på %1 eller nyere, men administrasjonsnoden kjører %2. Oppgrader til %1 eller nyere først, og installer deretter denne pakken.</translation>
    </message>
    <message numerus="yes">
        <source>Upgrade from %1 to %2. Systems to upgrade: %n, the Management Node first.</source>
        <translation>
            <numerusform>Oppgradering fra %1 til %2. Systemer som skal oppgraderes: %n, administrasjonsnoden først.</numerusform>
            <numerusform>Oppgradering fra %1 til %2. Systemer som skal oppgraderes: %n, administrasjonsnoden først.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>There is no saved profile called "%1". Pick one from the list, or save a new one.</source>
        <translation>Det finnes ingen lagret profil med navnet "%1". Velg en fra listen, eller lagre en ny.</translation>
    </message>
    <message>
        <source>The profile list could not be saved to %1. Check that the folder exists and that you may write to it.</source>
        <translation>Profillisten kunne ikke lagres i %1. Kontroller at mappen finnes, og at du har skrivetilgang til den.</translation>
    </message>
    <message>
        <source>The address contains a user name or password. Remove it from the address: enter the user in the User field; the password is kept in the system keychain, never in the profile.</source>
        <translation>Adressen inneholder et brukernavn eller passord. Fjern det fra adressen: skriv brukeren i Bruker-feltet; passordet oppbevares i systemets nøkkelring, aldri i profilen.</translation>
    </message>
    <message>
        <source>The address is not a web address the console can use. Enter the Management Node's address, for example https://manager.example.com.</source>
        <translation>Adressen er ikke en nettadresse konsollen kan bruke. Skriv inn adressen til administrasjonsnoden, for eksempel https://manager.example.com.</translation>
    </message>
    <message>
        <source>The address uses plain http://, which is allowed only for this computer (localhost, 127.0.0.1 or [::1]): anyone on the network could read the password. Use https://%1 instead.</source>
        <translation>Adressen bruker ren http://, som bare er tillatt for denne datamaskinen (localhost, 127.0.0.1 eller [::1]): alle på nettverket kan lese passordet. Bruk https://%1 i stedet.</translation>
    </message>
    <message>
        <source>The profile needs a name, for example the deployment's site, so it can be picked from the list.</source>
        <translation>Profilen trenger et navn, for eksempel stedet der miljøet står, slik at den kan velges fra listen.</translation>
    </message>
    <message>
        <source>The profile needs a user: the Management Node account to sign in with (an account with the read-only role is enough for a wall display).</source>
        <translation>Profilen trenger en bruker: kontoen på administrasjonsnoden som det skal logges på med (en konto med bare lesetilgang holder for en veggskjerm).</translation>
    </message>
    <message>
        <source>The pinned certificate fingerprint is not a SHA-256 fingerprint: it must be 32 pairs of hexadecimal digits, such as AB:CD:… . Leave it empty to check the certificate on the next connection again.</source>
        <translation>Det festede fingeravtrykket for sertifikatet er ikke et SHA-256-fingeravtrykk: det må være 32 par heksadesimale sifre, som AB:CD:… . La det stå tomt for å kontrollere sertifikatet på nytt ved neste tilkobling.</translation>
    </message>
    <message>
        <source>The refresh interval must be between %1 and %2 seconds; 5 seconds is the usual choice.</source>
        <translation>Oppdateringsintervallet må være mellom %1 og %2 sekunder; 5 sekunder er det vanlige valget.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Remove the syslog server</source>
        <translation>Fjern syslog-serveren</translation>
    </message>
    <message>
        <source>Remove %1, port %2 from the syslog servers of the Management Node %3?

The console added it to receive the administrator log. Kept, the Management Node goes on sending there.</source>
        <translation>Fjerne %1, port %2 fra syslog-serverne til Management Node %3?

Konsollen la den til for å motta administratorloggen. Blir den stående, fortsetter Management Node å sende dit.</translation>
    </message>
    <message>
        <source>The Management Node kept the syslog server: %1
Remove it in its web interface, under System &gt; Syslog servers.</source>
        <translation>Management Node beholdt syslog-serveren: %1
Fjern den i nettgrensesnittet, under System &gt; Syslog servers.</translation>
    </message>
</context>
<context>
    <name>RunOutcome</name>
    <message>
        <source>running</source>
        <translation>kjører</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>fullført</translation>
    </message>
    <message>
        <source>stopped at the 24-hour limit</source>
        <translation>stoppet ved 24-timersgrensen</translation>
    </message>
    <message>
        <source>abandoned (Management Node rebooted)</source>
        <translation>avbrutt (administrasjonsnoden startet på nytt)</translation>
    </message>
    <message>
        <source>Management Node upgrade failed</source>
        <translation>oppgraderingen av administrasjonsnoden mislyktes</translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message>
        <source>not included (already on the version)</source>
        <translation>ikke med (allerede på versjonen)</translation>
    </message>
    <message>
        <source>upgraded</source>
        <translation>oppgradert</translation>
    </message>
    <message>
        <source>left behind</source>
        <translation>ble liggende etter</translation>
    </message>
    <message>
        <source>Upgrade report</source>
        <translation>Oppgraderingsrapport</translation>
    </message>
    <message>
        <source>Upgrade report: %1</source>
        <translation>Oppgraderingsrapport: %1</translation>
    </message>
    <message>
        <source>Exported by %1 at %2 UTC (Management Node clock).</source>
        <translation>Eksportert av %1 kl. %2 UTC (administrasjonsnodens klokke).</translation>
    </message>
    <message>
        <source>Run %1: to %2 (%3)</source>
        <translation>Kjøring %1: til %2 (%3)</translation>
    </message>
    <message>
        <source>Started %1, ended %2; %3 of %4 systems upgraded; package SHA-256 %5.</source>
        <translation>Startet %1, avsluttet %2; %3 av %4 systemer oppgradert; pakkens SHA-256 %5.</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>From version</source>
        <translation>Fra versjon</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Forsøk</translation>
    </message>
    <message>
        <source>Upgraded at (UTC)</source>
        <translation>Oppgradert (UTC)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Recorded by the console from what it saw: this Management Node does not report upgrade runs. The start is when the console first saw the run; attempts are inferred.</source>
        <translation>Registrert av konsollen ut fra det den så: denne administrasjonsnoden rapporterer ikke oppgraderinger. Starten er da konsollen først så oppgraderingen; forsøkene er utledet.</translation>
    </message>
    <message>
        <source>rebooted by %1 (%2 calls dropped)</source>
        <translation>startet på nytt av %1 (%2 samtaler brutt)</translation>
    </message>
    <message>
        <source>calls disconnected by %1: %2</source>
        <translation>samtaler koblet fra av %1: %2</translation>
    </message>
    <message>
        <source>Admin actions</source>
        <translation>Administratorhandlinger</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestått</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>ikke bestått: %1</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Helsesjekk</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>"%1" is not a time of day; write it as HH:MM, e.g. 02:00.</source>
        <translation>«%1» er ikke et klokkeslett; skriv det som TT:MM, for eksempel 02:00.</translation>
    </message>
    <message>
        <source>"%1" is not a time of day; write it as HH:MM, e.g. 06:00.</source>
        <translation>«%1» er ikke et klokkeslett; skriv det som TT:MM, for eksempel 06:00.</translation>
    </message>
    <message>
        <source>The window ends when it starts (%1): give an end after the start, or none.</source>
        <translation>Vinduet slutter når det begynner (%1): oppgi en slutt etter starten, eller ingen.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>fra %1</translation>
    </message>
</context>
<context>
    <name>UpgradeEngine</name>
    <message>
        <source>The package's version could not be read.</source>
        <translation>Pakkens versjon kunne ikke leses.</translation>
    </message>
    <message>
        <source>An upgrade started at %1 UTC is still running. A new upgrade can be started when it finishes, or at the latest at %2 UTC. To start one sooner, reboot the Management Node: this abandons the run in progress.</source>
        <translation>En oppgradering som startet kl. %1 UTC, kjører fortsatt. En ny oppgradering kan startes når den er ferdig, eller senest kl. %2 UTC. For å starte en tidligere, start administrasjonsnoden på nytt: det avbryter den pågående kjøringen.</translation>
    </message>
    <message>
        <source>The package (%1) is older than the Management Node's version (%2). A downgrade is done by restoring the snapshots taken before the upgrade.</source>
        <translation>Pakken (%1) er eldre enn versjonen på administrasjonsnoden (%2). En nedgradering gjøres ved å gjenopprette øyeblikksbildene som ble tatt før oppgraderingen.</translation>
    </message>
    <message>
        <source>Every system already runs %1: there is nothing to upgrade.</source>
        <translation>Alle systemene kjører allerede %1: det er ingenting å oppgradere.</translation>
    </message>
    <message>
        <source>The node could not be contacted when its turn came.</source>
        <translation>Noden kunne ikke kontaktes da det ble dens tur.</translation>
    </message>
    <message>
        <source>The node reported no progress while installing.</source>
        <translation>Noden rapporterte ingen fremdrift under installeringen.</translation>
    </message>
    <message>
        <source>The node did not come back after its upgrade reboot.</source>
        <translation>Noden kom ikke tilbake etter omstarten for oppgraderingen.</translation>
    </message>
    <message>
        <source>The node came back on version %1.</source>
        <translation>Noden kom tilbake på versjon %1.</translation>
    </message>
    <message>
        <source>Contact with the node was lost during its turn.</source>
        <translation>Kontakten med noden ble brutt mens det var dens tur.</translation>
    </message>
    <message>
        <source>The node was rebooted while installing.</source>
        <translation>Noden ble startet på nytt under installeringen.</translation>
    </message>
</context>
<context>
    <name>UpgradeFlow</name>
    <message>
        <source>Infinity Upgrade Console</source>
        <translation>Infinity Upgrade Console</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>et ukjent tidspunkt</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
</context>
<context>
    <name>UpgradePath</name>
    <message>
        <source>The upgrade-path rules are not valid: %1.</source>
        <translation>Reglene for oppgraderingsveier er ikke gyldige: %1.</translation>
    </message>
    <message>
        <source>"%1" is not a known field</source>
        <translation>"%1" er ikke et kjent felt</translation>
    </message>
    <message>
        <source>"%1" is missing</source>
        <translation>"%1" mangler</translation>
    </message>
    <message>
        <source>"%1" must be a whole number from 1 to %2</source>
        <translation>"%1" må være et heltall fra 1 til %2</translation>
    </message>
    <message>
        <source>"%1" must be a list with at least one entry</source>
        <translation>"%1" må være en liste med minst én oppføring</translation>
    </message>
    <message>
        <source>"%1" must be an object</source>
        <translation>"%1" må være et objekt</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes</source>
        <translation>filen er større enn %1 byte</translation>
    </message>
    <message>
        <source>The upgrade-path rules are not valid JSON: %1 at byte %2.</source>
        <translation>Reglene for oppgraderingsveier er ikke gyldig JSON: %1 ved byte %2.</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>øverste nivå må være et objekt</translation>
    </message>
    <message>
        <source>The upgrade-path rules use format %1, but this build reads only format %2. A newer console may read them.</source>
        <translation>Reglene for oppgraderingsveier bruker format %1, men denne versjonen leser bare format %2. En nyere konsoll kan kanskje lese dem.</translation>
    </message>
    <message>
        <source>%1 is listed as a target more than once</source>
        <translation>%1 er oppført som mål mer enn én gang</translation>
    </message>
    <message>
        <source>%1: "min" (%2) is greater than "max" (%3)</source>
        <translation>%1: "min" (%2) er større enn "max" (%3)</translation>
    </message>
    <message>
        <source>%1: "max" (%2) must be below the target version %3</source>
        <translation>%1: "max" (%2) må være lavere enn målversjonen %3</translation>
    </message>
    <message>
        <source>%1: "via" (%2) must lie above "max" (%3) and below the target version %4</source>
        <translation>%1: "via" (%2) må ligge over "max" (%3) og under målversjonen %4</translation>
    </message>
    <message>
        <source>%1 and %2 both cover %3 for the target %4</source>
        <translation>%1 og %2 dekker begge %3 for målet %4</translation>
    </message>
    <message>
        <source>%1 sends %2 through %3, but no rule leads from %2 to %3</source>
        <translation>%1 sender %2 via %3, men ingen regel fører fra %2 til %3</translation>
    </message>
    <message>
        <source>An upgrade can only be planned from a known installed version to a known package version; one of them is missing.</source>
        <translation>En oppgradering kan bare planlegges fra en kjent installert versjon til en kjent pakkeversjon; en av dem mangler.</translation>
    </message>
    <message>
        <source>The package is version %1, older than the installed version %2, and an upgrade cannot go backwards. To return to an older version, restore the Management Node from the hypervisor snapshot taken before it was upgraded, then restore each Conferencing Node from its own snapshot or deploy it again from the Management Node.</source>
        <translation>Pakken er versjon %1, eldre enn den installerte versjonen %2, og en oppgradering kan ikke gå bakover. For å gå tilbake til en eldre versjon gjenoppretter du administrasjonsnoden fra øyeblikksbildet i hypervisoren som ble tatt før den ble oppgradert, og deretter hver konferansenode fra sitt eget øyeblikksbilde, eller du setter den opp på nytt fra administrasjonsnoden.</translation>
    </message>
    <message>
        <source>This console has no upgrade-path rules, so it cannot plan an upgrade to %1. Reinstall the console or check for a newer version of it.</source>
        <translation>Konsollen har ingen regler for oppgraderingsveier, så den kan ikke planlegge en oppgradering til %1. Installer konsollen på nytt, eller se etter en nyere versjon av den.</translation>
    </message>
    <message>
        <source>This console knows upgrade paths only to these versions: %1. It has none to %2. If %2 is a newer release, check for a newer version of the console.</source>
        <translation>Konsollen kjenner bare oppgraderingsveier til disse versjonene: %1. Den har ingen til %2. Hvis %2 er en nyere utgivelse, kan du se etter en nyere versjon av konsollen.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>This console knows no upgrade path from %1 to %2: it can reach %2 only from %3. A newer version of the console may know more paths; if not, ask Pexip support how to upgrade from %1.</source>
        <translation>Konsollen kjenner ingen oppgraderingsvei fra %1 til %2: den kan bare nå %2 fra %3. En nyere versjon av konsollen kan kjenne flere veier; hvis ikke, kan du spørre Pexip-kundestøtten hvordan du oppgraderer fra %1.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Ingenting å gjøre.</translation>
    </message>
    <message>
        <source>Nothing to do: the deployment already runs %1.</source>
        <translation>Ingenting å gjøre: miljøet kjører allerede %1.</translation>
    </message>
    <message>
        <source>Upgrade directly to %1.</source>
        <translation>Oppgrader direkte til %1.</translation>
    </message>
    <message>
        <source>Upgrade to %1 first, then to %2.</source>
        <translation>Oppgrader til %1 først, deretter til %2.</translation>
    </message>
    <message>
        <source>Upgrade in %1 steps, in this order: %2.</source>
        <translation>Oppgrader i %1 trinn, i denne rekkefølgen: %2.</translation>
    </message>
</context>
<context>
    <name>Version</name>
    <message>
        <source>"%1" is not a version. A version looks like "11" or "24 (55691.0.0)".</source>
        <translation>"%1" er ikke en versjon. En versjon ser ut som "11" eller "24 (55691.0.0)".</translation>
    </message>
    <message>
        <source>No version was given. A version looks like "11" or "24 (55691.0.0)".</source>
        <translation>Ingen versjon ble oppgitt. En versjon ser ut som "11" eller "24 (55691.0.0)".</translation>
    </message>
    <message>
        <source>"%1" (%2 characters) is too long to be a version. A version looks like "11" or "24 (55691.0.0)".</source>
        <translation>"%1" (%2 tegn) er for lang til å være en versjon. En versjon ser ut som "11" eller "24 (55691.0.0)".</translation>
    </message>
    <message>
        <source>"%1" is not a version: the number %2 is too large. A version looks like "11" or "24 (55691.0.0)".</source>
        <translation>"%1" er ikke en versjon: tallet %2 er for stort. En versjon ser ut som "11" eller "24 (55691.0.0)".</translation>
    </message>
</context>
<context>
    <name>WallNotices</name>
    <message>
        <source>then start the wall again.</source>
        <translation>start deretter veggskjermen på nytt.</translation>
    </message>
    <message>
        <source>then start the wall again (upgrade-console --wall --profile "%1").</source>
        <translation>start deretter veggskjermen på nytt (upgrade-console --wall --profile "%1").</translation>
    </message>
    <message>
        <source>The Management Node refused the user name or password</source>
        <translation>Administrasjonsnoden avviste brukernavnet eller passordet</translation>
    </message>
    <message>
        <source>The wall shows nothing new until it can sign in. In the console, connect with this profile, type the read-only account's password and tick Remember password; %1</source>
        <translation>Veggskjermen viser ikke noe nytt før den kan logge på. Koble til med denne profilen i konsollen, skriv inn passordet til kontoen med bare lesetilgang, og kryss av for Husk passordet; %1</translation>
    </message>
    <message>
        <source>This account may not read the deployment's status</source>
        <translation>Denne kontoen har ikke tilgang til å lese statusen til miljøet</translation>
    </message>
    <message>
        <source>Ask the Management Node's administrator for an account with the read-only role; %1</source>
        <translation>Be administratoren for administrasjonsnoden om en konto med bare lesetilgang; %1</translation>
    </message>
    <message>
        <source>The Management Node's certificate is not the trusted one</source>
        <translation>Sertifikatet til administrasjonsnoden er ikke det klarerte</translation>
    </message>
    <message>
        <source>Nothing was sent. %1 Check the certificate in the console (File ▸ Connect…, Edit…); %2</source>
        <translation>Ingenting ble sendt. %1 Kontroller sertifikatet i konsollen (Fil ▸ Koble til…, Rediger…); %2</translation>
    </message>
    <message>
        <source>The wall stopped asking the Management Node</source>
        <translation>Veggskjermen sluttet å spørre administrasjonsnoden</translation>
    </message>
    <message>
        <source>%1 Fix this in the console; %2</source>
        <translation>%1 Rett opp dette i konsollen; %2</translation>
    </message>
    <message>
        <source>The Management Node is rebooting as part of the upgrade — expected</source>
        <translation>Administrasjonsnoden starter på nytt som en del av oppgraderingen — forventet</translation>
    </message>
    <message>
        <source>The Management Node is rebooting</source>
        <translation>Administrasjonsnoden starter på nytt</translation>
    </message>
    <message>
        <source>Its API is away while it restarts; the wall reconnects by itself. What you see is from before the reboot (%1 old).</source>
        <translation>API-et er borte mens den starter på nytt; veggskjermen kobler til igjen av seg selv. Det du ser, er fra før omstarten (%1 gammelt).</translation>
    </message>
    <message>
        <source>No answer from the Management Node</source>
        <translation>Ikke noe svar fra administrasjonsnoden</translation>
    </message>
    <message>
        <source>%1 The wall keeps trying by itself; if this lasts, check the network between this screen and %2.</source>
        <translation>%1 Veggskjermen fortsetter å prøve av seg selv; hvis dette varer, kontroller nettverket mellom denne skjermen og %2.</translation>
    </message>
    <message>
        <source>Stale data: last update %1 ago</source>
        <translation>Utdaterte data: siste oppdatering for %1 siden</translation>
    </message>
    <message>
        <source>Nothing below is current. The wall refreshes every %1 and shows this after three missed refreshes.</source>
        <translation>Ingenting nedenfor er oppdatert. Veggskjermen oppdateres med %1 mellomrom og viser dette etter tre uteblitte oppdateringer.</translation>
    </message>
    <message>
        <source>%1 %2 (%3 UTC)</source>
        <translation>%1 %2 (%3 UTC)</translation>
    </message>
</context>
<context>
    <name>iuc::AlertMonitor</name>
    <message>
        <source>%1 timed out</source>
        <translation>Tidsavbrudd for %1</translation>
    </message>
    <message>
        <source>its calls did not clear within the hour the Management Node waits; it goes to the back of the queue.</source>
        <translation>samtalene ble ikke avsluttet innen timen administrasjonsnoden venter; den settes bakerst i køen.</translation>
    </message>
    <message>
        <source>Look at its calls: disconnect them if they may end, or let it retry later.</source>
        <translation>Se på samtalene: koble dem fra hvis de kan avsluttes, eller la den prøve igjen senere.</translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation>%1 kan ikke nås</translation>
    </message>
    <message>
        <source>the Management Node cannot reach it; the run goes on without it.</source>
        <translation>administrasjonsnoden når den ikke; kjøringen fortsetter uten den.</translation>
    </message>
    <message>
        <source>Check the node in its hypervisor and its network; once it answers, the Management Node tries it again.</source>
        <translation>Kontroller noden i hypervisoren og nettverket; når den svarer, prøver administrasjonsnoden den igjen.</translation>
    </message>
    <message>
        <source>The run will be cut at 24 hours</source>
        <translation>Kjøringen blir avbrutt etter 24 timer</translation>
    </message>
    <message>
        <source>Conferencing Nodes the forecast leaves on the old version when the Management Node stops the run: %1.</source>
        <translation>Konferansenoder prognosen etterlater på den gamle versjonen når administrasjonsnoden stopper kjøringen: %1.</translation>
    </message>
    <message>
        <source>Turn on drain ahead, disconnect calls on waiting nodes, or plan a second run for the rest.</source>
        <translation>Slå på tømming på forhånd, koble fra samtaler på ventende noder, eller planlegg en ny kjøring for resten.</translation>
    </message>
    <message>
        <source>The upgrade finished</source>
        <translation>Oppgraderingen er ferdig</translation>
    </message>
    <message>
        <source>%1 of %2 systems are on %3.</source>
        <translation>%1 av %2 systemer er på %3.</translation>
    </message>
    <message>
        <source>Export the report for the change record.</source>
        <translation>Eksporter rapporten til endringsloggen.</translation>
    </message>
    <message>
        <source>The upgrade stopped</source>
        <translation>Oppgraderingen stoppet</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 systems upgraded).</source>
        <translation>%1 (%2 av %3 systemer oppgradert).</translation>
    </message>
    <message>
        <source>Look at the nodes left behind; upload the package again to upgrade only those.</source>
        <translation>Se på nodene som ble igjen; last opp pakken på nytt for å oppgradere bare dem.</translation>
    </message>
    <message>
        <source>An ERROR in the administrator log</source>
        <translation>En ERROR i administratorloggen</translation>
    </message>
    <message>
        <source>%1 ERRORs in the administrator log</source>
        <translation>ERROR-linjer i administratorloggen: %1</translation>
    </message>
    <message>
        <source>Read the log panel; this is not one of the errors an upgrade is expected to log.</source>
        <translation>Les loggpanelet; dette er ikke en av feilene en oppgradering forventes å logge.</translation>
    </message>
    <message>
        <source>%1 failed its health check</source>
        <translation>%1 besto ikke helsesjekken</translation>
    </message>
    <message>
        <source>Drain ahead is stopped. Look at the node before more nodes go down; the Management Node goes on with its run.</source>
        <translation>Tømming på forhånd er stoppet. Se på noden før flere noder tas ned; administrasjonsnoden fortsetter kjøringen.</translation>
    </message>
    <message>
        <source>Look at the node before more nodes go down; the Management Node goes on with its run.</source>
        <translation>Se på noden før flere noder tas ned; administrasjonsnoden fortsetter kjøringen.</translation>
    </message>
    <message>
        <source>No contact with the Management Node</source>
        <translation>Ingen kontakt med administrasjonsnoden</translation>
    </message>
    <message>
        <source>no good refresh for %1%2.</source>
        <translation>ingen vellykket oppdatering på %1%2.</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>The console keeps trying. Check the network to the Management Node; during its own upgrade it reboots for a few minutes.</source>
        <translation>Konsollen fortsetter å prøve. Kontroller nettverket til administrasjonsnoden; under sin egen oppgradering starter den på nytt i noen minutter.</translation>
    </message>
</context>
<context>
    <name>iuc::Backup</name>
    <message>
        <source>This Management Node has no backup command in its API: create the backup in its web interface (Utilities ▸ Backup/restore).</source>
        <translation>Denne administrasjonsnoden har ingen sikkerhetskopikommando i API-et: lag sikkerhetskopien i webgrensesnittet (Utilities ▸ Backup/restore).</translation>
    </message>
    <message>
        <source>This Management Node's backup command takes fields the console does not know (%1): create the backup in its web interface.</source>
        <translation>Sikkerhetskopikommandoen til denne administrasjonsnoden tar felt konsollen ikke kjenner (%1): lag sikkerhetskopien i webgrensesnittet.</translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>ingen oppført</translation>
    </message>
</context>
<context>
    <name>iuc::DeploymentModel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 t %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 (configuration-only node)</source>
        <translation>%1 (ren konfigurasjonsnode)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Installed version</source>
        <translation>Installert versjon</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Samtaler</translation>
    </message>
    <message>
        <source>Time in status</source>
        <translation>Tid i status</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kø</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Forsøk</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>after the 24-hour stop</source>
        <translation>etter 24-timersstoppet</translation>
    </message>
    <message>
        <source>The forecast puts this node after the run's 24-hour stop: this run will not reach it. Once the run stops, a repeat run upgrades the systems left behind.</source>
        <translation>Prognosen plasserer denne noden etter 24-timersstoppet for kjøringen: denne kjøringen kommer ikke fram til den. Når kjøringen har stoppet, oppgraderer en ny kjøring systemene som ble liggende etter.</translation>
    </message>
    <message>
        <source>≈%1</source>
        <translation>≈%1</translation>
    </message>
    <message>
        <source>Inferred by this console from what it saw during the run: this Management Node does not report it.</source>
        <translation>Utledet av denne konsollen fra det den så under oppgraderingen: denne administrasjonsnoden rapporterer det ikke.</translation>
    </message>
    <message>
        <source>The console's check after the node's upgrade: %1</source>
        <translation>Konsollens sjekk etter nodens oppgradering: %1</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Helsesjekk</translation>
    </message>
</context>
<context>
    <name>iuc::DeploymentSession</name>
    <message>
        <source>%1 — data %2 old</source>
        <translation>%1 — data %2 gamle</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>iuc::DrainAheadRunner</name>
    <message>
        <source>Drain ahead works while an upgrade is running on the Conferencing Nodes; there is no such run now. Turn it on once the Management Node has upgraded and the Conferencing Nodes' turns have begun.</source>
        <translation>Tømming på forhånd virker mens konferansenodene oppgraderes; ingen slik kjøring pågår nå. Slå det på når administrasjonsnoden er oppgradert og konferansenodenes turer har begynt.</translation>
    </message>
</context>
<context>
    <name>iuc::HealthChecks</name>
    <message>
        <source>checking</source>
        <translation>sjekker</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestått</translation>
    </message>
    <message>
        <source>passed (%1)</source>
        <translation>bestått (%1)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>ikke bestått: %1</translation>
    </message>
    <message>
        <source>reports version %1, not %2</source>
        <translation>rapporterer versjon %1, ikke %2</translation>
    </message>
    <message>
        <source>out of contact with the Management Node</source>
        <translation>uten kontakt med administrasjonsnoden</translation>
    </message>
    <message>
        <source>sync status %1</source>
        <translation>synkroniseringsstatus %1</translation>
    </message>
    <message>
        <source>alarm %1</source>
        <translation>alarm %1</translation>
    </message>
    <message>
        <source>alarm %1 (%2)</source>
        <translation>alarm %1 (%2)</translation>
    </message>
    <message>
        <source>kept in maintenance mode by an administrator</source>
        <translation>holdt i vedlikeholdsmodus av en administrator</translation>
    </message>
    <message>
        <source>still in maintenance mode</source>
        <translation>fortsatt i vedlikeholdsmodus</translation>
    </message>
    <message>
        <source>takes no calls (media load %1 %)</source>
        <translation>tar ingen samtaler (medielast %1 %)</translation>
    </message>
</context>
<context>
    <name>iuc::LogModel</name>
    <message>
        <source>Administrator log</source>
        <translation>Administratorlogg</translation>
    </message>
    <message>
        <source>Expected while an upgrade runs: the node is being reconfigured or restarted. No action is needed.</source>
        <translation>Forventet mens en oppgradering pågår: noden blir konfigurert på nytt eller startet på nytt. Du trenger ikke gjøre noe.</translation>
    </message>
    <message>
        <source>Not one of the errors an upgrade causes: look into it.</source>
        <translation>Ikke en av feilene en oppgradering fører til: undersøk den.</translation>
    </message>
    <message>
        <source>This line is not in the usual log format; it is shown as received.</source>
        <translation>Denne linjen er ikke i det vanlige loggformatet; den vises slik den ble mottatt.</translation>
    </message>
</context>
<context>
    <name>iuc::ManualReboots</name>
    <message>
        <source>the Management Node</source>
        <translation>administrasjonsnoden</translation>
    </message>
    <message>
        <source>Waiting for %1 to restart (you reboot it in the hypervisor or over SSH).</source>
        <translation>Venter på at %1 starter på nytt (du starter den på nytt i hypervisoren eller over SSH).</translation>
    </message>
</context>
<context>
    <name>iuc::NodeCalls</name>
    <message>
        <source>There is no Conferencing Node "%1" in this deployment.</source>
        <translation>Det finnes ingen konferansenode «%1» i denne installasjonen.</translation>
    </message>
</context>
<context>
    <name>iuc::RunSummary</name>
    <message>
        <source>No upgrade has run</source>
        <translation>Ingen oppgradering har kjørt</translation>
    </message>
    <message>
        <source>Upgrading the Management Node</source>
        <translation>Oppgraderer administrasjonsnoden</translation>
    </message>
    <message>
        <source>Upgrading Conferencing Nodes</source>
        <translation>Oppgraderer konferansenoder</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>Stopped at the 24-hour limit</source>
        <translation>Stoppet ved 24-timersgrensen</translation>
    </message>
    <message>
        <source>Abandoned (Management Node rebooted)</source>
        <translation>Avbrutt (administrasjonsnoden startet på nytt)</translation>
    </message>
    <message>
        <source>Management Node upgrade failed</source>
        <translation>Oppgraderingen av administrasjonsnoden mislyktes</translation>
    </message>
    <message>
        <source>Unknown state</source>
        <translation>Ukjent tilstand</translation>
    </message>
    <message>
        <source>%1: upgrade to %2; %3 of %4 systems upgraded in %5.</source>
        <translation>%1: oppgradering til %2; %3 av %4 systemer oppgradert på %5.</translation>
    </message>
    <message>
        <source>%1 to %2: %3 of %4 systems upgraded, %5 elapsed, %6 to the 24-hour stop.</source>
        <translation>%1 til %2: %3 av %4 systemer oppgradert, %5 gått, %6 til 24-timersstoppet.</translation>
    </message>
    <message>
        <source>Forecast: the 24-hour stop will cut the run short; %1 Conferencing Nodes would be left behind.</source>
        <translation>Prognose: 24-timersstoppet vil avbryte kjøringen; konferansenoder som blir liggende etter: %1.</translation>
    </message>
    <message>
        <source>Forecast finish: %1.</source>
        <translation>Beregnet ferdig: %1.</translation>
    </message>
    <message>
        <source>Ended with systems not upgraded</source>
        <translation>Avsluttet med systemer som ikke ble oppgradert</translation>
    </message>
    <message>
        <source>the new version</source>
        <translation>den nye versjonen</translation>
    </message>
</context>
<context>
    <name>iuc::SecretStore</name>
    <message>
        <source>No password is saved for %1. Enter the password; the console can save it in the system keychain for next time.</source>
        <translation>Det er ikke lagret noe passord for %1. Skriv inn passordet; konsollen kan lagre det i systemets nøkkelring til neste gang.</translation>
    </message>
    <message>
        <source>The system keychain refused to hand out the saved password for %1: it is locked, or access was denied. Unlock the keychain (or allow the console access) and try again, or enter the password.</source>
        <translation>Systemets nøkkelring nektet å gi ut det lagrede passordet for %1: den er låst, eller tilgang ble avslått. Lås opp nøkkelringen (eller gi konsollen tilgang) og prøv igjen, eller skriv inn passordet.</translation>
    </message>
    <message>
        <source>The system keychain refused to save the password for %1: it is locked, or access was denied. Unlock the keychain (or allow the console access) and save again.</source>
        <translation>Systemets nøkkelring nektet å lagre passordet for %1: den er låst, eller tilgang ble avslått. Lås opp nøkkelringen (eller gi konsollen tilgang) og lagre på nytt.</translation>
    </message>
    <message>
        <source>The system keychain refused to remove the saved password for %1: it is locked, or access was denied. Unlock the keychain (or allow the console access) and try again.</source>
        <translation>Systemets nøkkelring nektet å fjerne det lagrede passordet for %1: den er låst, eller tilgang ble avslått. Lås opp nøkkelringen (eller gi konsollen tilgang) og prøv igjen.</translation>
    </message>
    <message>
        <source>No system keychain is available in this desktop session (no Secret Service such as GNOME Keyring or KWallet is running), so a password saved earlier for %1 could not be removed; the copy kept for this session is gone. Start or unlock your keyring and remove it again, or delete it with the keyring's own tool.</source>
        <translation>Ingen systemnøkkelring er tilgjengelig i denne skrivebordsøkten (ingen Secret Service som GNOME Keyring eller KWallet kjører), så et passord som ble lagret tidligere for %1, kunne ikke fjernes; kopien som ble holdt for denne økten, er borte. Start eller lås opp nøkkelringen og fjern det på nytt, eller slett det med nøkkelringens eget verktøy.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so a password saved earlier for %1 could not be removed; the copy kept for this session is gone. Try again when the keychain is available.</source>
        <translation>Systemets nøkkelring er ikke tilgjengelig, så et passord som ble lagret tidligere for %1, kunne ikke fjernes; kopien som ble holdt for denne økten, er borte. Prøv igjen når nøkkelringen er tilgjengelig.</translation>
    </message>
    <message>
        <source>No system keychain is available in this desktop session (no Secret Service such as GNOME Keyring or KWallet is running), so no saved password can be read for %1. Enter the password: it will be kept only until the console closes. To have it saved, start or unlock your keyring and connect again.</source>
        <translation>Ingen systemnøkkelring er tilgjengelig i denne skrivebordsøkten (ingen Secret Service som GNOME Keyring eller KWallet kjører), så ingen lagrede passord kan leses for %1. Skriv inn passordet: det holdes bare til konsollen lukkes. For å få det lagret, start eller lås opp nøkkelringen og koble til på nytt.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so no saved password can be read for %1. Enter the password: it will be kept only until the console closes.</source>
        <translation>Systemets nøkkelring er ikke tilgjengelig, så ingen lagrede passord kan leses for %1. Skriv inn passordet: det holdes bare til konsollen lukkes.</translation>
    </message>
    <message>
        <source>This system's keychain does not support storing passwords for the console, so nothing is saved for %1. Enter the password each time you connect.</source>
        <translation>Nøkkelringen på dette systemet støtter ikke lagring av passord for konsollen, så ingenting lagres for %1. Skriv inn passordet hver gang du kobler til.</translation>
    </message>
    <message>
        <source>The system keychain could not remove the saved password for %1 (%2). Try again, or remove the entry with the keychain's own tool.</source>
        <translation>Systemets nøkkelring kunne ikke fjerne det lagrede passordet for %1 (%2). Prøv igjen, eller fjern oppføringen med nøkkelringens eget verktøy.</translation>
    </message>
    <message>
        <source>The system keychain could not read the saved password for %1: %2. Enter the password instead; if this keeps happening, check that the keychain is running and unlocked.</source>
        <translation>Systemets nøkkelring kunne ikke lese det lagrede passordet for %1: %2. Skriv inn passordet i stedet; hvis dette skjer igjen, kontroller at nøkkelringen kjører og er låst opp.</translation>
    </message>
    <message>
        <source>The system keychain could not save the password for %1: %2. The console can still connect with the password you entered, but will ask for it again next time.</source>
        <translation>Systemets nøkkelring kunne ikke lagre passordet for %1: %2. Konsollen kan likevel koble til med passordet du skrev inn, men vil spørre om det igjen neste gang.</translation>
    </message>
    <message>
        <source>The system keychain could not remove the saved password for %1: %2. Try again, or remove the entry with the keychain's own tool.</source>
        <translation>Systemets nøkkelring kunne ikke fjerne det lagrede passordet for %1: %2. Prøv igjen, eller fjern oppføringen med nøkkelringens eget verktøy.</translation>
    </message>
    <message>
        <source>The keychain entry has no name (the profile's name or user is missing), so nothing was read or saved. Complete the profile and try again.</source>
        <translation>Oppføringen i nøkkelringen har ikke noe navn (profilens navn eller bruker mangler), så ingenting ble lest eller lagret. Fyll ut profilen og prøv igjen.</translation>
    </message>
    <message>
        <source>The console stopped waiting for the system keychain (the part of the console that asked is gone). Try again.</source>
        <translation>Konsollen sluttet å vente på systemets nøkkelring (den delen av konsollen som spurte, finnes ikke lenger). Prøv igjen.</translation>
    </message>
    <message>
        <source>No system keychain is available in this desktop session: no Secret Service such as GNOME Keyring or KWallet is running (or the keyring was never set up). The password is kept in memory only until the console closes, and you will be asked for it again next time. To save it, start or unlock your keyring and enter the password again.</source>
        <translation>Ingen systemnøkkelring er tilgjengelig i denne skrivebordsøkten: ingen Secret Service som GNOME Keyring eller KWallet kjører (eller nøkkelringen ble aldri satt opp). Passordet holdes bare i minnet til konsollen lukkes, og du blir spurt om det igjen neste gang. For å lagre det, start eller lås opp nøkkelringen og skriv inn passordet på nytt.</translation>
    </message>
    <message>
        <source>The system keychain is not available. The password is kept in memory only until the console closes, and you will be asked for it again next time.</source>
        <translation>Systemets nøkkelring er ikke tilgjengelig. Passordet holdes bare i minnet til konsollen lukkes, og du blir spurt om det igjen neste gang.</translation>
    </message>
</context>
<context>
    <name>iuc::SyslogLink</name>
    <message>
        <source>Infinity Upgrade Console: the administrator log during an upgrade</source>
        <translation>Infinity Upgrade Console: administratorloggen under en oppgradering</translation>
    </message>
</context>
<context>
    <name>iuc::api::Capabilities</name>
    <message>
        <source>unknown (the Management Node served no schema)</source>
        <translation>ukjent (administrasjonsnoden leverte ingen schema)</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>ingen funnet</translation>
    </message>
    <message>
        <source>single upload (configuration/v1/upgrade/)</source>
        <translation>enkeltopplasting (configuration/v1/upgrade/)</translation>
    </message>
    <message>
        <source>resumable upload request (configuration/v1/upgrade_request/)</source>
        <translation>gjenopptakbar opplastingsforespørsel (configuration/v1/upgrade_request/)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <source>recent versions</source>
        <translation>nyere versjoner</translation>
    </message>
    <message>
        <source>v24 era</source>
        <translation>v24-tiden</translation>
    </message>
    <message>
        <source>Node status table</source>
        <translation>Tabell over nodestatus</translation>
    </message>
    <message>
        <source>The Management Node serves no status/v1/worker_vm/: nothing can be shown.</source>
        <translation>Administrasjonsnoden leverer ikke status/v1/worker_vm/: ingenting kan vises.</translation>
    </message>
    <message>
        <source>Upgrade run panel from the Management Node's own record</source>
        <translation>Oppgraderingspanel fra administrasjonsnodens egen oversikt</translation>
    </message>
    <message>
        <source>Real Management Nodes keep no upgrade-run record in their API; the console follows the run from each node's status instead.</source>
        <translation>Ekte administrasjonsnoder har ingen oversikt over oppgraderinger i API-et; konsollen følger oppgraderingen ut fra statusen til hver node i stedet.</translation>
    </message>
    <message>
        <source>Reboot a node or the Management Node from the console</source>
        <translation>Start en node eller administrasjonsnoden på nytt fra konsollen</translation>
    </message>
    <message>
        <source>Real Management Nodes have no reboot command in their API: reboot the virtual machine in the hypervisor, or sign in over SSH and run sudo reboot.</source>
        <translation>Ekte administrasjonsnoder har ingen omstartkommando i API-et: start den virtuelle maskinen på nytt i hypervisoren, eller logg inn over SSH og kjør sudo reboot.</translation>
    </message>
    <message>
        <source>Disconnect a stuck node's calls</source>
        <translation>Koble fra samtalene på en node som står fast</translation>
    </message>
    <message>
        <source>This Management Node does not offer command/v1/participant/disconnect/.</source>
        <translation>Denne administrasjonsnoden tilbyr ikke command/v1/participant/disconnect/.</translation>
    </message>
    <message>
        <source>Location names of configured nodes</source>
        <translation>Stedsnavn for konfigurerte noder</translation>
    </message>
    <message>
        <source>This Management Node does not serve configuration/v1/system_location/: locations are taken from the node status instead.</source>
        <translation>Denne administrasjonsnoden leverer ikke configuration/v1/system_location/: stedene hentes fra nodestatusen i stedet.</translation>
    </message>
    <message>
        <source>Upload an upgrade package</source>
        <translation>Last opp en oppgraderingspakke</translation>
    </message>
    <message>
        <source>This Management Node offers neither upload resource: upload the package in its web interface.</source>
        <translation>Denne administrasjonsnoden tilbyr ingen av opplastingsressursene: last opp pakken i webgrensesnittet.</translation>
    </message>
    <message>
        <source>Not known: the Management Node served no schema/ page. The console tries it when needed and says so if it is missing.</source>
        <translation>Ukjent: administrasjonsnoden leverte ingen schema/-side. Konsollen prøver når det trengs, og sier fra hvis det mangler.</translation>
    </message>
    <message>
        <source>Administrator log in the console from the API</source>
        <translation>Administratorloggen i konsollen fra API-et</translation>
    </message>
    <message>
        <source>Real Management Nodes serve their administrator log only as a download in their web interface and to syslog servers: the console receives it as a syslog server, or opens the download.</source>
        <translation>Ekte Management Nodes leverer administratorloggen bare som nedlasting i nettgrensesnittet og til syslog-servere: konsollen mottar den som syslog-server, eller åpner nedlastingen.</translation>
    </message>
    <message>
        <source>The console added to the node's syslog servers</source>
        <translation>Konsollen lagt til blant nodens syslog-servere</translation>
    </message>
    <message>
        <source>This Management Node does not offer configuration/v1/syslog_server/: add the console as a syslog server in its web interface (System &gt; Syslog servers).</source>
        <translation>Denne Management Node tilbyr ikke configuration/v1/syslog_server/: legg til konsollen som syslog-server i nettgrensesnittet (System &gt; Syslog servers).</translation>
    </message>
</context>
<context>
    <name>iuc::api::DeploymentPoller</name>
    <message>
        <source>Not connected</source>
        <translation>Ikke tilkoblet</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Kobler til…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Tilkoblet</translation>
    </message>
    <message>
        <source>Management Node rebooting (expected during an upgrade); reconnecting…</source>
        <translation>Administrasjonsnoden starter på nytt (forventet under en oppgradering); kobler til igjen…</translation>
    </message>
    <message>
        <source>Connection problem; retrying…</source>
        <translation>Tilkoblingsproblem; prøver igjen…</translation>
    </message>
    <message>
        <source>Stopped: action needed</source>
        <translation>Stoppet: handling kreves</translation>
    </message>
    <message>
        <source>The Management Node has not answered for %1 min since it went down for its reboot, longer than the vendor says a reboot takes. Look at its console in the hypervisor; this console keeps trying. (%2)</source>
        <translation>Administrasjonsnoden har ikke svart på %1 min siden den gikk ned for omstart, lenger enn leverandøren sier en omstart tar. Se på konsollen dens i hypervisoren; denne konsollen fortsetter å prøve. (%2)</translation>
    </message>
</context>
<context>
    <name>iuc::api::FileRangePost</name>
    <message>
        <source>the file ended early: it changed while being uploaded</source>
        <translation>filen sluttet for tidlig: den ble endret under opplastingen</translation>
    </message>
    <message>
        <source>the file is shorter than expected: it changed while being uploaded</source>
        <translation>filen er kortere enn ventet: den ble endret under opplastingen</translation>
    </message>
    <message>
        <source>the HTTP library could not start</source>
        <translation>HTTP-biblioteket kunne ikke starte</translation>
    </message>
</context>
<context>
    <name>iuc::api::ManagementClient</name>
    <message>
        <source>The Management Node's address "%1" is not usable: give it as https://host or https://host:port.</source>
        <translation>Adressen "%1" til administrasjonsnoden kan ikke brukes: oppgi den som https://vert eller https://vert:port.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for a Management Node on this computer, not for %1: the password would cross the network unencrypted. Use https://.</source>
        <translation>Ren http:// er bare tillatt for en administrasjonsnode på denne datamaskinen, ikke for %1: passordet ville gått ukryptert over nettverket. Bruk https://.</translation>
    </message>
    <message>
        <source>%1: the pages' "next" links go round in a circle (%2).</source>
        <translation>%1: "next"-lenkene på sidene går i ring (%2).</translation>
    </message>
    <message>
        <source>%1: the "next" link %2 leads away from this Management Node.</source>
        <translation>%1: "next"-lenken %2 leder bort fra denne administrasjonsnoden.</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 port %2</translation>
    </message>
    <message>
        <source>The Management Node at %1 did not answer within %2 s. Check that it is running and that this computer can reach it (network, VPN, firewall).</source>
        <translation>Administrasjonsnoden på %1 svarte ikke innen %2 s. Kontroller at den kjører, og at denne datamaskinen kan nå den (nettverk, VPN, brannmur).</translation>
    </message>
    <message>
        <source>Could not connect to the Management Node at %1: the connection was refused. Check the address and port in the profile, that the Management Node is running, and that no firewall blocks the port.</source>
        <translation>Kunne ikke koble til administrasjonsnoden på %1: tilkoblingen ble avvist. Kontroller adressen og porten i profilen, at administrasjonsnoden kjører, og at ingen brannmur blokkerer porten.</translation>
    </message>
    <message>
        <source>Could not find the Management Node at %1: the host name does not resolve. Check the address in the profile and this computer's name service (DNS).</source>
        <translation>Fant ikke administrasjonsnoden på %1: vertsnavnet kan ikke slås opp. Kontroller adressen i profilen og navnetjenesten (DNS) på denne datamaskinen.</translation>
    </message>
    <message>
        <source>The connection to the Management Node at %1 broke (%2). Check the network between this computer and the Management Node; asking again is safe.</source>
        <translation>Forbindelsen til administrasjonsnoden på %1 ble brutt (%2). Kontroller nettverket mellom denne datamaskinen og administrasjonsnoden; det er trygt å spørre på nytt.</translation>
    </message>
    <message>
        <source>No secure connection could be set up with %1 (%2). Check that the address and port are those of the Management Node's HTTPS service.</source>
        <translation>Ingen sikker forbindelse kunne opprettes med %1 (%2). Kontroller at adressen og porten er de som HTTPS-tjenesten til administrasjonsnoden bruker.</translation>
    </message>
    <message>
        <source>Could not reach the Management Node at %1 (%2). Check the address and port in the profile, the network, and that the Management Node is running.</source>
        <translation>Kunne ikke nå administrasjonsnoden på %1 (%2). Kontroller adressen og porten i profilen, nettverket, og at administrasjonsnoden kjører.</translation>
    </message>
    <message>
        <source>The Management Node at %1 refused the sign-in of the user "%2": the user name or password is wrong. Check the user name and password saved in the profile.</source>
        <translation>Administrasjonsnoden på %1 avviste påloggingen til brukeren "%2": brukernavnet eller passordet er feil. Kontroller brukernavnet og passordet som er lagret i profilen.</translation>
    </message>
    <message>
        <source>The account "%1" may look but not change anything (a read-only account), so the Management Node refused %2. Sign in with an administrator account to do this.</source>
        <translation>Kontoen "%1" kan se, men ikke endre noe (en konto med bare lesetilgang), så administrasjonsnoden avviste %2. Logg på med en administratorkonto for å gjøre dette.</translation>
    </message>
    <message>
        <source>The Management Node has no %1 (HTTP 404).</source>
        <translation>Administrasjonsnoden har ingen %1 (HTTP 404).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The Management Node refused %1 because of a conflict (HTTP 409).</source>
        <translation>Administrasjonsnoden avviste %1 på grunn av en konflikt (HTTP 409).</translation>
    </message>
    <message>
        <source>The Management Node is rebooting, as it does during an upgrade. Its API is back at about %1 (server time), in about %2 s; the console reconnects by itself.</source>
        <translation>Administrasjonsnoden starter på nytt, slik den gjør under en oppgradering. API-et er tilbake omtrent kl. %1 (servertid), om omtrent %2 s; konsollen kobler til igjen av seg selv.</translation>
    </message>
    <message>
        <source>The Management Node is rebooting, as it does during an upgrade. Its API is back at about %1 (server time); the console reconnects by itself.</source>
        <translation>Administrasjonsnoden starter på nytt, slik den gjør under en oppgradering. API-et er tilbake omtrent kl. %1 (servertid); konsollen kobler til igjen av seg selv.</translation>
    </message>
    <message>
        <source>The Management Node is unavailable (HTTP 503), as it is while it reboots during an upgrade. The console reconnects by itself.</source>
        <translation>Administrasjonsnoden er utilgjengelig (HTTP 503), slik den er mens den starter på nytt under en oppgradering. Konsollen kobler til igjen av seg selv.</translation>
    </message>
    <message>
        <source>The Management Node answered %1 with HTTP %2 and no explanation.</source>
        <translation>Administrasjonsnoden svarte på %1 med HTTP %2 og ingen forklaring.</translation>
    </message>
    <message>
        <source>The Management Node failed to serve %1 (HTTP %2): %3</source>
        <translation>Administrasjonsnoden klarte ikke å levere %1 (HTTP %2): %3</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 ble avbrutt.</translation>
    </message>
    <message>
        <source>The Management Node accepted the syslog server but does not list it.</source>
        <translation>Management Node godtok syslog-serveren, men viser den ikke i listen.</translation>
    </message>
    <message>
        <source>"%1" is not an upload id (letters, digits and dashes).</source>
        <translation>«%1» er ikke en opplastings-ID (bokstaver, sifre og bindestreker).</translation>
    </message>
    <message>
        <source>The Management Node accepted the upload request but named it neither in its answer nor in the Location header.</source>
        <translation>Management Node godtok opplastingsforespørselen, men oppga ikke ID-en verken i svaret eller i Location-headeren.</translation>
    </message>
    <message>
        <source>The upload to %1 was not sent: no certificate of the Management Node has been accepted on this connection yet. Connect again, then retry.</source>
        <translation>Opplastingen til %1 ble ikke sendt: ingen av Management Node-ens sertifikater er godtatt på denne tilkoblingen ennå. Koble til på nytt, og prøv igjen.</translation>
    </message>
    <message>
        <source>Could not read the package %1: %2</source>
        <translation>Kunne ikke lese pakken %1: %2</translation>
    </message>
    <message>
        <source>The Management Node at %1 showed another certificate during the upload than the one accepted moments before, so nothing more was sent. If the certificate was replaced on purpose, connect again and check the new one; otherwise someone may be intercepting the connection.</source>
        <translation>Management Node på %1 viste et annet sertifikat under opplastingen enn det som ble godtatt like før, så ingenting mer ble sendt. Hvis sertifikatet ble byttet med vilje, koble til på nytt og kontroller det nye; ellers kan noen avlytte tilkoblingen.</translation>
    </message>
</context>
<context>
    <name>iuc::api::ResourceParser</name>
    <message>
        <source>a list</source>
        <translation>en liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>et objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>svaret er tomt</translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation>svaret er ikke gyldig JSON (%1 ved byte %2)</translation>
    </message>
    <message>
        <source>the answer should be an object, got a list</source>
        <translation>svaret skulle vært et objekt, men var en liste</translation>
    </message>
    <message>
        <source>should be an object, got %1</source>
        <translation>skulle vært et objekt, men var %1</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>en tekststreng</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>a timestamp such as "2026-11-25T15:10:41.123"</source>
        <translation>et tidsstempel som "2026-11-25T15:10:41.123"</translation>
    </message>
    <message>
        <source>"%1" is missing</source>
        <translation>"%1" mangler</translation>
    </message>
    <message>
        <source>"%1" must not be null</source>
        <translation>"%1" kan ikke være null</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>et tall</translation>
    </message>
    <message>
        <source>a whole number from 0 to %1</source>
        <translation>et heltall fra 0 til %1</translation>
    </message>
    <message>
        <source>"%1" should be %2, got %3</source>
        <translation>"%1" skulle vært %2, men var %3</translation>
    </message>
    <message>
        <source>is false in an answer that reports success</source>
        <translation>er false i et svar som melder at alt gikk bra</translation>
    </message>
    <message>
        <source>"%1" is not a timestamp such as "2026-11-25T15:10:41.123".</source>
        <translation>"%1" er ikke et tidsstempel som "2026-11-25T15:10:41.123".</translation>
    </message>
    <message>
        <source>"%1" is not an HTTP date such as "Wed, 25 Nov 2026 15:52:27 GMT".</source>
        <translation>"%1" er ikke en HTTP-dato som "Wed, 25 Nov 2026 15:52:27 GMT".</translation>
    </message>
</context>
<context>
    <name>iuc::api::SingleShotUpload</name>
    <message>
        <source>Could not read the package %1: %2</source>
        <translation>Kunne ikke lese pakken %1: %2</translation>
    </message>
    <message>
        <source>The upload was cancelled before it began.</source>
        <translation>Opplastingen ble avbrutt før den begynte.</translation>
    </message>
    <message>
        <source>The upload was stopped.</source>
        <translation>Opplastingen ble stoppet.</translation>
    </message>
</context>
<context>
    <name>iuc::api::TlsTrust</name>
    <message>
        <source>The CA file %1 holds no certificate that could be read. Choose the PEM file of the certificate authority that signed the Management Node's certificate.</source>
        <translation>CA-filen %1 inneholder ikke noe sertifikat som kunne leses. Velg PEM-filen til sertifiseringsinstansen som signerte sertifikatet til administrasjonsnoden.</translation>
    </message>
    <message>
        <source>The trusted fingerprint saved in the profile is not a SHA-256 fingerprint (64 hexadecimal digits). Connect again and compare the certificate's fingerprint with the one on the Management Node's console.</source>
        <translation>Det klarerte fingeravtrykket som er lagret i profilen, er ikke et SHA-256-fingeravtrykk (64 heksadesimale sifre). Koble til på nytt, og sammenlign fingeravtrykket til sertifikatet med det som vises på konsollen til administrasjonsnoden.</translation>
    </message>
    <message>
        <source>Accepting any certificate is only allowed for a Management Node on this computer, not for %1. Trust its certificate by its fingerprint, or with the CA file that signed it.</source>
        <translation>Å godta hvilket som helst sertifikat er bare tillatt for en administrasjonsnode på denne datamaskinen, ikke for %1. Klarer sertifikatet etter fingeravtrykket, eller med CA-filen som signerte det.</translation>
    </message>
    <message>
        <source>The Management Node at %1 presented a different certificate from the one this profile trusts, so the console did not connect. Trusted fingerprint: %2. Presented fingerprint: %3 (%4). Someone may be intercepting the connection, or the Management Node got a new certificate: verify the new fingerprint on the Management Node's console before you trust it.</source>
        <translation>Administrasjonsnoden på %1 viste et annet sertifikat enn det denne profilen stoler på, så konsollen koblet ikke til. Klarert fingeravtrykk: %2. Vist fingeravtrykk: %3 (%4). Noen kan avlytte forbindelsen, eller administrasjonsnoden har fått et nytt sertifikat: kontroller det nye fingeravtrykket på konsollen til administrasjonsnoden før du stoler på det.</translation>
    </message>
    <message>
        <source>This computer does not trust the certificate of %1 (%2). Its SHA-256 fingerprint is %3; subject %4, issued by %5, valid until %6. Compare the fingerprint with the one shown on the Management Node's console, and trust the certificate only if they match.</source>
        <translation>Denne datamaskinen stoler ikke på sertifikatet til %1 (%2). SHA-256-fingeravtrykket er %3; emne %4, utstedt av %5, gyldig til %6. Sammenlign fingeravtrykket med det som vises på konsollen til administrasjonsnoden, og stol bare på sertifikatet hvis de er like.</translation>
    </message>
    <message>
        <source>%1 is not an https:// address, so it has no certificate to check.</source>
        <translation>%1 er ikke en https://-adresse, så den har ikke noe sertifikat å kontrollere.</translation>
    </message>
</context>
<context>
    <name>iuc::api::UpgradeStart</name>
    <message>
        <source>The answer to the start was lost, but the Management Node shows the upgrade under way (%1). It was not sent again.</source>
        <translation>Svaret på starten gikk tapt, men Management Node viser at oppgraderingen er i gang (%1). Starten ble ikke sendt på nytt.</translation>
    </message>
    <message>
        <source>The Management Node started the upgrade.</source>
        <translation>Management Node startet oppgraderingen.</translation>
    </message>
    <message>
        <source>The upgrade was not started: %1</source>
        <translation>Oppgraderingen ble ikke startet: %1</translation>
    </message>
    <message>
        <source>The upgrade was not started.</source>
        <translation>Oppgraderingen ble ikke startet.</translation>
    </message>
    <message>
        <source>The answer to the start was lost, and the Management Node shows no upgrade (%1): the upgrade was not started. Start it again when you are ready; the package is still on the Management Node.</source>
        <translation>Svaret på starten gikk tapt, og Management Node viser ingen oppgradering (%1): oppgraderingen ble ikke startet. Start den igjen når du er klar; pakken ligger fortsatt på Management Node.</translation>
    </message>
    <message>
        <source>The answer to the start was lost, and it cannot be said yet whether the upgrade started (%1). It was not sent again. Watch the deployment: a Management Node that upgrades restarts and then reports its new version. Do not start it again until you know.</source>
        <translation>Svaret på starten gikk tapt, og det kan ennå ikke sies om oppgraderingen startet (%1). Starten ble ikke sendt på nytt. Følg med på installasjonen: en Management Node som oppgraderes, starter på nytt og rapporterer deretter sin nye versjon. Ikke start den igjen før du vet.</translation>
    </message>
    <message>
        <source>the upload request says "%1"</source>
        <translation>opplastingsforespørselen sier «%1»</translation>
    </message>
    <message>
        <source>its upgrade status is "%1"</source>
        <translation>oppgraderingsstatusen er «%1»</translation>
    </message>
    <message>
        <source>it runs version %1</source>
        <translation>den kjører versjon %1</translation>
    </message>
    <message>
        <source>%1 reports "%2"</source>
        <translation>%1 rapporterer «%2»</translation>
    </message>
    <message>
        <source>it answers, is idle on version %1, and the upload request says "%2"</source>
        <translation>den svarer, er uvirksom på versjon %1, og opplastingsforespørselen sier «%2»</translation>
    </message>
    <message>
        <source>the Management Node stopped answering, as it does when it restarts for an upgrade</source>
        <translation>Management Node sluttet å svare, slik den gjør når den starter på nytt for en oppgradering</translation>
    </message>
    <message>
        <source>the Management Node gave no clear sign</source>
        <translation>Management Node ga ikke noe klart tegn</translation>
    </message>
    <message>
        <source>The answer to the upload was lost, but the Management Node shows the upgrade under way (%1). It was not sent again.</source>
        <translation>Svaret på opplastingen gikk tapt, men Management Node viser at oppgraderingen er i gang (%1). Den ble ikke sendt på nytt.</translation>
    </message>
    <message>
        <source>The upload stopped before the Management Node took the package, and it shows no upgrade (%1): the upgrade was not started. Upload the package again when you are ready.</source>
        <translation>Opplastingen stoppet før Management Node tok imot pakken, og den viser ingen oppgradering (%1): oppgraderingen ble ikke startet. Last opp pakken på nytt når du er klar.</translation>
    </message>
    <message>
        <source>The upload stopped at its very end, and it cannot be said yet whether the upgrade started (%1). It was not sent again. Watch the deployment: a Management Node that upgrades restarts and then reports its new version. Do not upload it again until you know.</source>
        <translation>Opplastingen stoppet helt på slutten, og det kan ennå ikke sies om oppgraderingen startet (%1). Den ble ikke sendt på nytt. Følg med på miljøet: en Management Node som oppgraderes, starter på nytt og rapporterer deretter sin nye versjon. Ikke last den opp igjen før du vet det.</translation>
    </message>
    <message>
        <source>it answers and is idle on version %1</source>
        <translation>den svarer og er i ro på versjon %1</translation>
    </message>
</context>
<context>
    <name>iuc::api::Uploader</name>
    <message>
        <source>The upload was abandoned.</source>
        <translation>Opplastingen ble forlatt.</translation>
    </message>
    <message>
        <source>This upload is already running.</source>
        <translation>Denne opplastingen kjører allerede.</translation>
    </message>
    <message>
        <source>The package %1 cannot be read, or it is empty. Choose the upgrade package file again.</source>
        <translation>Pakken %1 kan ikke leses, eller den er tom. Velg filen med oppgraderingspakken på nytt.</translation>
    </message>
    <message>
        <source>The upload on the Management Node is for a file of %1 bytes, but %2 has %3 bytes: it is another file. Start a new upload.</source>
        <translation>Opplastingen på administrasjonsnoden gjelder en fil på %1 byte, men %2 har %3 byte: det er en annen fil. Start en ny opplasting.</translation>
    </message>
    <message>
        <source>The upload was cancelled on the Management Node (by another console or an administrator).</source>
        <translation>Opplastingen ble avbrutt på administrasjonsnoden (av en annen konsoll eller en administrator).</translation>
    </message>
    <message>
        <source>The connection was cut on purpose after %1 bytes of the chunk (fault injection).</source>
        <translation>Forbindelsen ble brutt med vilje etter %1 byte av blokken (feilinjeksjon).</translation>
    </message>
    <message>
        <source>The upload was cancelled before it started.</source>
        <translation>Opplastingen ble avbrutt før den startet.</translation>
    </message>
    <message>
        <source>The upload was cancelled here, but the Management Node could not be told (%1). It gives up the partial upload by itself after an hour without data.</source>
        <translation>Opplastingen ble avbrutt her, men administrasjonsnoden kunne ikke varsles (%1). Den gir selv opp den delvise opplastingen etter en time uten data.</translation>
    </message>
    <message>
        <source>The upload was cancelled; the Management Node discarded the part it had received.</source>
        <translation>Opplastingen ble avbrutt; administrasjonsnoden forkastet delen den hadde mottatt.</translation>
    </message>
</context>
<context>
    <name>iuc::cli</name>
    <message>
        <source>upgradectl: %1</source>
        <translation>upgradectl: %1</translation>
    </message>
    <message>
        <source>Management Node, https://HOST[:PORT].</source>
        <translation>Administrasjonsnoden, https://HOST[:PORT].</translation>
    </message>
    <message>
        <source>Account name.</source>
        <translation>Kontonavn.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>Environment variable holding the password.</source>
        <translation>Miljøvariabelen som inneholder passordet.</translation>
    </message>
    <message>
        <source>A saved deployment profile.</source>
        <translation>En lagret miljøprofil.</translation>
    </message>
    <message>
        <source>Trust exactly the certificate with this SHA-256 fingerprint.</source>
        <translation>Klarer nøyaktig sertifikatet med dette SHA-256-fingeravtrykket.</translation>
    </message>
    <message>
        <source>Also trust the CA certificate(s) in this file.</source>
        <translation>Klarer også CA-sertifikatet (eller -sertifikatene) i denne filen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>Accept any certificate, for a Management Node on this computer only.</source>
        <translation>Godta alle sertifikater, bare for en administrasjonsnode på denne datamaskinen.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Ikke be om bekreftelse.</translation>
    </message>
    <message>
        <source>plan: the version wanted.</source>
        <translation>plan: versjonen du vil ha.</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSJON</translation>
    </message>
    <message>
        <source>plan: the version installed.</source>
        <translation>plan: versjonen som er installert.</translation>
    </message>
    <message>
        <source>report: csv (default) or html.</source>
        <translation>report: csv (standard) eller html.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>report: write to FILE.</source>
        <translation>report: skriv til FIL.</translation>
    </message>
    <message>
        <source>Refresh every N seconds (default 5).</source>
        <translation>Oppdater hvert N. sekund (standard 5).</translation>
    </message>
    <message>
        <source>Speak the language CODE (e.g. nb, de); default: the locale's.</source>
        <translation>Bruk språket KODE (f.eks. nb, de); standard: språket i lokaliteten.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KODE</translation>
    </message>
    <message>
        <source>--interval takes 1 to 3600 seconds.</source>
        <translation>--interval tar fra 1 til 3600 sekunder.</translation>
    </message>
    <message>
        <source>Machine-readable output (status, inspect, probe), always in English.</source>
        <translation>Maskinlesbare utdata (status, inspect, probe), alltid på engelsk.</translation>
    </message>
    <message>
        <source>probe: also save the answers, credentials removed, in DIR.</source>
        <translation>probe: lagre også svarene, uten legitimasjon, i MAPPE.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>MAPPE</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>Management Node %1, version %2</source>
        <translation>Administrasjonsnode %1, versjon %2</translation>
    </message>
    <message>
        <source>Conferencing Nodes: %1</source>
        <translation>Konferansenoder: %1</translation>
    </message>
    <message>
        <source>API: %1 of the %2 resources asked about are served (read from the node's schema/ pages)</source>
        <translation>API: %1 av de %2 etterspurte ressursene leveres (lest fra nodens schema/-sider)</translation>
    </message>
    <message>
        <source>API: the Management Node served no schema/ page; every feature will be tried and degrade where it is missing</source>
        <translation>API: administrasjonsnoden leverte ingen schema/-side; hver funksjon blir prøvd og faller bort der den mangler</translation>
    </message>
    <message>
        <source>Node status fields: %1</source>
        <translation>Felt i nodestatus: %1</translation>
    </message>
    <message>
        <source>Upload: %1</source>
        <translation>Opplasting: %1</translation>
    </message>
    <message>
        <source>Extensions of infinity-sim: not known</source>
        <translation>Utvidelser fra infinity-sim: ukjent</translation>
    </message>
    <message>
        <source>Extensions of infinity-sim: none (as on a real Management Node)</source>
        <translation>Utvidelser fra infinity-sim: ingen (som på en ekte administrasjonsnode)</translation>
    </message>
    <message>
        <source>Extensions of infinity-sim: %1</source>
        <translation>Utvidelser fra infinity-sim: %1</translation>
    </message>
    <message>
        <source>Console features on this Management Node:</source>
        <translation>Konsollfunksjoner på denne administrasjonsnoden:</translation>
    </message>
    <message>
        <source>?  </source>
        <translation>?  </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja </translation>
    </message>
    <message>
        <source>no </source>
        <translation>nei</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>Kunne ikke opprette %1.</translation>
    </message>
    <message>
        <source>Saved %1 files in %2, credentials removed: attach the folder to a bug report.</source>
        <translation>Lagret %1 filer i %2, uten legitimasjon: legg ved mappen i en feilrapport.</translation>
    </message>
    <message>
        <source>upgrade_status values seen (every system):</source>
        <translation>upgrade_status-verdier sett (alle systemer):</translation>
    </message>
    <message>
        <source>read as "%1"</source>
        <translation>lest som «%1»</translation>
    </message>
    <message>
        <source>not a known spelling: the console infers the status from what the node shows (resources/upgrade-statuses.json lists the known ones)</source>
        <translation>ikke en kjent skrivemåte: konsollen utleder statusen av det noden viser (resources/upgrade-statuses.json lister de kjente)</translation>
    </message>
    <message>
        <source>upgrade, upgrade-path, watch: put the nodes that come next into maintenance mode ahead of their turn, and back into service once upgraded.</source>
        <translation>upgrade, upgrade-path, watch: sett nodene som står for tur i vedlikeholdsmodus før sin tur, og tilbake i drift når de er oppgradert.</translation>
    </message>
    <message>
        <source>With --drain-ahead: the share of each location's capacity kept in service (default 75).</source>
        <translation>Med --drain-ahead: andelen av hver lokasjons kapasitet som holdes i drift (standard 75).</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>PROSENT</translation>
    </message>
    <message>
        <source>--keep-in-service takes a share from 0 to 100.</source>
        <translation>--keep-in-service tar en andel fra 0 til 100.</translation>
    </message>
    <message>
        <source>--keep-in-service goes with --drain-ahead.</source>
        <translation>--keep-in-service brukes sammen med --drain-ahead.</translation>
    </message>
    <message>
        <source>profile save: send the profile's alerts to this https:// webhook too (the URL is kept in the keychain).</source>
        <translation>profile save: send også profilens varsler til denne https://-webhooken (URL-en lagres i nøkkelringen).</translation>
    </message>
    <message>
        <source>profile save: send no alerts to a webhook.</source>
        <translation>profile save: send ingen varsler til en webhook.</translation>
    </message>
    <message>
        <source>--webhook and --no-webhook exclude each other.</source>
        <translation>--webhook og --no-webhook utelukker hverandre.</translation>
    </message>
    <message>
        <source>--webhook and --no-webhook go with profile save.</source>
        <translation>--webhook og --no-webhook hører til profile save.</translation>
    </message>
    <message>
        <source>--webhook takes the receiver's https:// URL.</source>
        <translation>--webhook tar mottakerens https://-URL.</translation>
    </message>
    <message>
        <source>upgrade: upload, validate and confirm now, start at HH:MM (local time).</source>
        <translation>upgrade: last opp, valider og bekreft nå, start klokken TT:MM (lokal tid).</translation>
    </message>
    <message>
        <source>With --at: the window's end; --drain-ahead drains only inside the window.</source>
        <translation>Med --at: vinduets slutt; --drain-ahead tømmer bare innenfor vinduet.</translation>
    </message>
    <message>
        <source>--until goes with --at.</source>
        <translation>--until hører sammen med --at.</translation>
    </message>
    <message>
        <source>Upgrades a Pexip Infinity deployment from the command line.

Commands:
  status [--json]                 the Management Node and every Conferencing Node
  watch                           a live table until the upgrade in progress ends (Ctrl-C stops)
  inspect FILE [--json]           version, size, SHA-256 of a package; with a connection, whether it fits
  plan --to VERSION [--from V]    the upgrade hops needed (v3 goes through v6 to v11)
  upgrade FILE [--yes]            inspect, upload, confirm, start, and watch to the end
  upgrade-path FILE... [--yes]    the guided upgrade: every hop (v3: the v6 and v11 packages), the
                                  pre-flight checklist, each hop verified; run again to resume
  reboot management|NODE [--yes]  reboot the Management Node or a Conferencing Node (its calls are dropped);
                                  without a reboot command in the API: how to, then waits until it is seen
  disconnect-calls NODE [--yes]   a node's calls, and on yes they are disconnected: a node whose calls
                                  do not clear goes on with its upgrade without a reboot
  report [--format csv|html] [--output FILE]   every run's history per node
  profile list | save NAME | remove NAME   saved deployments (password in the OS keychain)
  probe [--save DIR] [--json]     what this Management Node offers and which features work on it;
                                  --save writes its schemas and sample answers for a bug report
  backup [--passphrase-env VAR]   a configuration backup by the Management Node (passphrase asked
                                  twice, never kept)

The password comes from --password-env VAR, the keychain (with --profile), or a prompt.

Exit codes:
  0    done (upgrade, watch: the run completed)
  1    usage error
  2    cannot reach the Management Node, or its certificate is not the trusted one
  3    refused (wrong package, downgrade, nothing to do)
  4    an upgrade is already running (locked)
  5    stopped at the 24-hour limit, systems left behind
  6    abandoned (Management Node rebooted)
  7    declined at a confirmation
  8    other failure
  9    sign-in refused (user name, password, or the account's role)
  130  interrupted</source>
        <translation>Oppgraderer et Pexip Infinity-miljø fra kommandolinjen.

Kommandoer:
  status [--json]                 administrasjonsnoden og hver konferansenode
  watch                           en tabell som oppdateres til oppgraderingen som pågår, er ferdig (Ctrl-C stopper)
  inspect FILE [--json]           versjon, størrelse og SHA-256 for en pakke; med en tilkobling: om den passer
  plan --to VERSION [--from V]    oppgraderingstrinnene som trengs (v3 går via v6 til v11)
  upgrade FILE [--yes]            kontroller, last opp, bekreft, start og følg til slutten
  upgrade-path FILE... [--yes]    den veiledede oppgraderingen: hvert trinn (v3: pakkene for v6 og v11),
                                  sjekklisten før start, hvert trinn kontrollert; kjør på nytt for å fortsette
  reboot management|NODE [--yes]  start administrasjonsnoden eller en konferansenode på nytt (samtalene brytes);
                                  uten omstartskommando i API-et: hvordan, og venter til den er sett
  disconnect-calls NODE [--yes]   samtalene på en node, og ved ja blir de koblet fra: en node der samtalene
                                  ikke tar slutt, fortsetter oppgraderingen uten omstart
  report [--format csv|html] [--output FILE]   historikken til hver kjøring per node
  profile list | save NAME | remove NAME   lagrede miljøer (passordet i systemets nøkkelring)
  probe [--save DIR] [--json]     hva denne administrasjonsnoden tilbyr og hvilke funksjoner som virker;
                                  --save skriver schemaene og eksempelsvar for en feilrapport
  backup [--passphrase-env VAR]   en konfigurasjonssikkerhetskopi laget av administrasjonsnoden
                                  (passfrasen spørres om to ganger og lagres aldri)

Passordet kommer fra --password-env VAR, nøkkelringen (med --profile) eller en ledetekst.

Avslutningskoder:
  0    ferdig (upgrade, watch: kjøringen ble fullført)
  1    feil i bruken
  2    administrasjonsnoden kan ikke nås, eller sertifikatet er ikke det klarerte
  3    avvist (feil pakke, nedgradering, ingenting å gjøre)
  4    en oppgradering kjører allerede (låst)
  5    stoppet ved 24-timersgrensen, systemer ble liggende etter
  6    avbrutt (administrasjonsnoden ble startet på nytt)
  7    avslått ved en bekreftelse
  8    annen feil
  9    påloggingen ble avvist (brukernavn, passord eller kontoens rolle)
  130  avbrutt med Ctrl-C</translation>
    </message>
    <message>
        <source>backup: the environment variable holding the backup's passphrase.</source>
        <translation>backup: miljøvariabelen som inneholder passfrasen for sikkerhetskopien.</translation>
    </message>
    <message>
        <source>upgradectl: the environment variable %1 is empty or not set.</source>
        <translation>upgradectl: miljøvariabelen %1 er tom eller ikke satt.</translation>
    </message>
    <message>
        <source>Passphrase for the backup file (not kept anywhere): </source>
        <translation>Passfrase for sikkerhetskopifilen (lagres ingen steder): </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Samme passfrase igjen: </translation>
    </message>
    <message>
        <source>upgradectl: no passphrase: run upgradectl in a terminal to be asked, or name an environment variable holding it with --passphrase-env VAR.</source>
        <translation>upgradectl: ingen passfrase: kjør upgradectl i en terminal for å bli spurt, eller oppgi en miljøvariabel som inneholder den med --passphrase-env VAR.</translation>
    </message>
    <message>
        <source>upgradectl: the two passphrases differ; nothing was asked of the Management Node.</source>
        <translation>upgradectl: de to passfrasene er ulike; administrasjonsnoden ble ikke spurt om noe.</translation>
    </message>
    <message>
        <source>Asking the Management Node for a configuration backup…</source>
        <translation>Ber administrasjonsnoden om en konfigurasjonssikkerhetskopi…</translation>
    </message>
    <message>
        <source>The Management Node created the backup (%1 UTC). Download it from its web interface (Utilities ▸ Backup/restore); keep the passphrase: the file cannot be restored without it.</source>
        <translation>Administrasjonsnoden laget sikkerhetskopien (%1 UTC). Last den ned fra webgrensesnittet (Utilities ▸ Backup/restore); ta vare på passfrasen: filen kan ikke gjenopprettes uten den.</translation>
    </message>
    <message>
        <source>The Management Node took the request at %1 UTC and creates the backup in the background; its web interface lists it under Utilities ▸ Backup/restore once done. Keep the passphrase: the file cannot be restored without it.</source>
        <translation>Administrasjonsnoden tok imot forespørselen %1 UTC og lager sikkerhetskopien i bakgrunnen; webgrensesnittet viser den under Utilities ▸ Backup/restore når den er ferdig. Ta vare på passfrasen: filen kan ikke gjenopprettes uten den.</translation>
    </message>
</context>
<context>
    <name>iuc::cli::DrainAheadWatch</name>
    <message>
        <source>Drain ahead is off: %1</source>
        <translation>Tømming på forhånd er av: %1</translation>
    </message>
    <message>
        <source>Drain ahead: %1</source>
        <translation>Tømming på forhånd: %1</translation>
    </message>
    <message>
        <source>Drain ahead: carrying on for the run in progress; nodes drained ahead: %1.</source>
        <translation>Tømming på forhånd: fortsetter for kjøringen som pågår; noder tømt på forhånd: %1.</translation>
    </message>
    <message>
        <source>Drain ahead on: at least %1 % of each location's capacity stays in service.</source>
        <translation>Tømming på forhånd er på: minst %1 % av hver lokasjons kapasitet forblir i drift.</translation>
    </message>
    <message>
        <source>Drain ahead: %1 in maintenance mode ahead of its turn.</source>
        <translation>Tømming på forhånd: %1 i vedlikeholdsmodus før sin tur.</translation>
    </message>
    <message>
        <source>Drain ahead: %1 back in service.</source>
        <translation>Tømming på forhånd: %1 tilbake i drift.</translation>
    </message>
    <message>
        <source>Drain ahead: off.</source>
        <translation>Tømming på forhånd: av.</translation>
    </message>
    <message>
        <source>Drain ahead: returning %1 nodes to service…</source>
        <translation>Tømming på forhånd: setter %1 noder tilbake i drift…</translation>
    </message>
    <message>
        <source>Drain ahead (keeping %1 % in service): %2 nodes drained, %3 kept in service by the guardrail.</source>
        <translation>Tømming på forhånd (holder %1 % i drift): %2 noder tømt, %3 holdt i drift av kapasitetsgrensen.</translation>
    </message>
    <message>
        <source>Drain ahead: still in maintenance mode by upgradectl's doing: %1. The next upgrade-console or upgradectl --drain-ahead connected to this Management Node returns them; or take them out of maintenance mode yourself.</source>
        <translation>Tømming på forhånd: fortsatt i vedlikeholdsmodus på grunn av upgradectl: %1. Neste upgrade-console eller upgradectl --drain-ahead som kobler til denne administrasjonsnoden, setter dem tilbake; eller ta dem ut av vedlikeholdsmodus selv.</translation>
    </message>
    <message>
        <source>Drain ahead off: a node failed its health check; the nodes drained ahead go back into service.</source>
        <translation>Tømming på forhånd av: en node besto ikke helsesjekken; nodene som ble tømt på forhånd settes i drift igjen.</translation>
    </message>
</context>
<context>
    <name>iuc::jobs::UpgradeJob</name>
    <message>
        <source>The Management Node's copy is not the same as the file: SHA-256 of the file %1, of the copy on the Management Node %2. The data changed on the way or the file changed during the upload. Upload it again; if the sums differ again, download the package again from the vendor.</source>
        <translation>Kopien på Management Node er ikke lik filen: SHA-256 for filen %1, for kopien på Management Node %2. Dataene ble endret underveis, eller filen ble endret under opplastingen. Last den opp på nytt; hvis summene er ulike igjen, last ned pakken på nytt fra leverandøren.</translation>
    </message>
    <message>
        <source>This Management Node offers no way to upload a package through its API (its schema/ lists neither configuration/v1/upgrade_request/ nor configuration/v1/upgrade/). Upgrade it from its own web pages (Utilities ▸ Upgrade).</source>
        <translation>Denne Management Node tilbyr ingen måte å laste opp en pakke på gjennom API-et (schema/ viser verken configuration/v1/upgrade_request/ eller configuration/v1/upgrade/). Oppgrader fra dens egne nettsider (Utilities ▸ Upgrade).</translation>
    </message>
</context>
<context>
    <name>iuc::syslog</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Kan ikke åpne %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an administrator log: none of its %2 lines has the log's Level="…" and Name="…" fields. Download the administrator log from the Management Node's web interface as text, or open the file your syslog server wrote.</source>
        <translation>%1 er ikke en administratorlogg: ingen av de %2 linjene har loggens felt Level="…" og Name="…". Last ned administratorloggen som tekst fra nettgrensesnittet til Management Node, eller åpne filen syslog-serveren din skrev.</translation>
    </message>
</context>
<context>
    <name>iuc::syslog::SyslogReceiver</name>
    <message>
        <source>Port %1 (%2) is already in use on this computer. Choose another port, or stop the program that uses it.</source>
        <translation>Port %1 (%2) er allerede i bruk på denne datamaskinen. Velg en annen port, eller stopp programmet som bruker den.</translation>
    </message>
    <message>
        <source>This computer does not allow the console to listen on port %1 (%2). Ports below 1024 need administrator rights: choose a port from 1024 up.</source>
        <translation>Denne datamaskinen lar ikke konsollen lytte på port %1 (%2). Porter under 1024 krever administratorrettigheter: velg en port fra 1024 og oppover.</translation>
    </message>
    <message>
        <source>Cannot listen on port %1 (%2): %3</source>
        <translation>Kan ikke lytte på port %1 (%2): %3</translation>
    </message>
    <message>
        <source>Choose UDP, TCP or both.</source>
        <translation>Velg UDP, TCP eller begge.</translation>
    </message>
    <message>
        <source>Found no port free for both UDP and TCP. Choose a port.</source>
        <translation>Fant ingen port som er ledig for både UDP og TCP. Velg en port.</translation>
    </message>
</context>
<context>
    <name>iuc::ui::AlertBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>%1 UTC  %2</source>
        <translation>%1 UTC  %2</translation>
    </message>
    <message>
        <source>All alerts (%1)…</source>
        <translation>Alle varsler (%1)…</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Varsler</translation>
    </message>
</context>
<context>
    <name>iuc::ui::BackupControl</name>
    <message>
        <source>Create a &amp;backup now…</source>
        <translation>Lag en &amp;sikkerhetskopi nå…</translation>
    </message>
    <message>
        <source>Configuration Backup</source>
        <translation>Konfigurasjonssikkerhetskopi</translation>
    </message>
    <message>
        <source>The Management Node encrypts the backup file with this passphrase. The console does not keep it: write it down where your team keeps such secrets; the file cannot be restored without it.</source>
        <translation>Administrasjonsnoden krypterer sikkerhetskopifilen med denne passfrasen. Konsollen tar ikke vare på den: skriv den ned der teamet ditt oppbevarer slike hemmeligheter; filen kan ikke gjenopprettes uten den.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passfrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Igjen:</translation>
    </message>
    <message>
        <source>&amp;Create Backup</source>
        <translation>&amp;Lag sikkerhetskopi</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Skriv inn en passfrase.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De to passfrasene er ulike.</translation>
    </message>
    <message>
        <source>Asking the Management Node for a backup…</source>
        <translation>Ber administrasjonsnoden om en sikkerhetskopi…</translation>
    </message>
    <message>
        <source>No backup: %1</source>
        <translation>Ingen sikkerhetskopi: %1</translation>
    </message>
    <message>
        <source>Backup created at %1 UTC. Download it from the Management Node's web interface (Utilities ▸ Backup/restore).</source>
        <translation>Sikkerhetskopi laget %1 UTC. Last den ned fra administrasjonsnodens webgrensesnitt (Utilities ▸ Backup/restore).</translation>
    </message>
    <message>
        <source>Backup requested at %1 UTC; the Management Node creates it in the background and lists it under Utilities ▸ Backup/restore once done.</source>
        <translation>Sikkerhetskopi bestilt %1 UTC; administrasjonsnoden lager den i bakgrunnen og viser den under Utilities ▸ Backup/restore når den er ferdig.</translation>
    </message>
</context>
<context>
    <name>iuc::ui::CertificateDialog</name>
    <message>
        <source>Check the Management Node's certificate</source>
        <translation>Kontroller sertifikatet til administrasjonsnoden</translation>
    </message>
    <message>
        <source>First connection to %1</source>
        <translation>Første tilkobling til %1</translation>
    </message>
    <message>
        <source>This computer has no way to vouch for this certificate: Management Nodes usually sign their own. Before you trust it, make sure it belongs to your Management Node. Compare the SHA-256 fingerprint below, character by character, with the fingerprint of the Management Node's own certificate, as its administrator sees it (for example with "openssl x509 -noout -fingerprint -sha256" on the certificate file).</source>
        <translation>Denne datamaskinen kan ikke gå god for dette sertifikatet: administrasjonsnoder signerer som regel sine egne. Før du stoler på det, må du forsikre deg om at det tilhører administrasjonsnoden din. Sammenlign SHA-256-fingeravtrykket nedenfor, tegn for tegn, med fingeravtrykket til administrasjonsnodens eget sertifikat slik administratoren ser det (for eksempel med "openssl x509 -noout -fingerprint -sha256" på sertifikatfilen).</translation>
    </message>
    <message>
        <source>Trusting it pins it to this profile: from then on the console connects only while the Management Node presents this very certificate, and refuses any other until you edit the profile. If the fingerprints differ, choose Cancel.</source>
        <translation>Når du stoler på det, festes det til denne profilen: fra da av kobler konsollen seg bare til så lenge administrasjonsnoden viser akkurat dette sertifikatet, og avviser alle andre til du redigerer profilen. Hvis fingeravtrykkene er forskjellige, velger du Avbryt.</translation>
    </message>
    <message>
        <source>&amp;Trust and pin</source>
        <translation>&amp;Stol på og fest</translation>
    </message>
    <message>
        <source>Trust and pin this certificate</source>
        <translation>Stol på og fest dette sertifikatet</translation>
    </message>
    <message>
        <source>Certificate changed: not connected</source>
        <translation>Sertifikatet er endret: ikke tilkoblet</translation>
    </message>
    <message>
        <source>%1 presented a different certificate</source>
        <translation>%1 viste et annet sertifikat</translation>
    </message>
    <message>
        <source>The console stopped before signing in: no password was sent. The certificate this profile trusts is not the one the server presents now, and the console will not connect to it.</source>
        <translation>Konsollen stoppet før pålogging: ingen passord ble sendt. Sertifikatet denne profilen stoler på, er ikke det serveren viser nå, og konsollen vil ikke koble til den.</translation>
    </message>
    <message>
        <source>What to check:</source>
        <translation>Dette bør du kontrollere:</translation>
    </message>
    <message>
        <source>• Was the Management Node's certificate replaced on purpose (renewed, or a new one uploaded)? Ask its administrator for the new fingerprint and compare it with the one presented now.</source>
        <translation>• Ble sertifikatet til administrasjonsnoden byttet med vilje (fornyet, eller et nytt lastet opp)? Be administratoren om det nye fingeravtrykket, og sammenlign det med det som vises nå.</translation>
    </message>
    <message>
        <source>• If nobody replaced it, someone may be intercepting the connection. Do not connect; tell your security team.</source>
        <translation>• Hvis ingen har byttet det, kan noen avlytte forbindelsen. Ikke koble til; si fra til sikkerhetsteamet ditt.</translation>
    </message>
    <message>
        <source>• Once the new certificate is confirmed, edit the profile: clear its trusted fingerprint (or paste the new one), save, and connect again.</source>
        <translation>• Når det nye sertifikatet er bekreftet, redigerer du profilen: fjern det klarerte fingeravtrykket (eller lim inn det nye), lagre og koble til på nytt.</translation>
    </message>
    <message>
        <source>Trusted fingerprint</source>
        <translation>Klarert fingeravtrykk</translation>
    </message>
    <message>
        <source>Trusted fingerprint (pinned in the profile):</source>
        <translation>Klarert fingeravtrykk (festet i profilen):</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-fingeravtrykk</translation>
    </message>
    <message>
        <source>Presented fingerprint</source>
        <translation>Vist fingeravtrykk</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-fingeravtrykk:</translation>
    </message>
    <message>
        <source>Presented now:</source>
        <translation>Vist nå:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Emne:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation>%1 (selvsignert)</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Utstedt av:</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Utstedt av</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>fra %1 til %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>til %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>fra %1</translation>
    </message>
    <message>
        <source>%1: expired</source>
        <translation>%1: utløpt</translation>
    </message>
    <message>
        <source>%1: not valid yet</source>
        <translation>%1: ikke gyldig ennå</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gyldig:</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gyldighet</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>Names in the certificate</source>
        <translation>Navn i sertifikatet</translation>
    </message>
</context>
<context>
    <name>iuc::ui::ChartsPanel</name>
    <message>
        <source>Systems upgraded over time</source>
        <translation>Systemer oppgradert over tid</translation>
    </message>
    <message>
        <source>Systems upgraded</source>
        <translation>Oppgraderte systemer</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systemer</translation>
    </message>
    <message>
        <source>Calls draining on nodes in maintenance</source>
        <translation>Samtaler på noder i vedlikehold</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Samtaler</translation>
    </message>
    <message>
        <source>No node is in maintenance mode right now</source>
        <translation>Ingen node er i vedlikeholdsmodus akkurat nå</translation>
    </message>
    <message>
        <source>Chart of systems upgraded over time</source>
        <translation>Diagram over systemer oppgradert over tid</translation>
    </message>
    <message>
        <source>Chart of calls draining on nodes in maintenance</source>
        <translation>Diagram over samtaler som avsluttes på noder i vedlikeholdsmodus</translation>
    </message>
    <message>
        <source>Management Node time (UTC)</source>
        <translation>Administrasjonsnodens tid (UTC)</translation>
    </message>
    <message>
        <source>Calls draining on %1</source>
        <translation>Samtaler som avsluttes på %1</translation>
    </message>
</context>
<context>
    <name>iuc::ui::ConfirmDialog</name>
    <message>
        <source>%1 more</source>
        <translation>%1 til</translation>
    </message>
    <message>
        <source>Confirm the Upgrade</source>
        <translation>Bekreft oppgraderingen</translation>
    </message>
    <message>
        <source>Continue the Upgrade</source>
        <translation>Fortsett oppgraderingen</translation>
    </message>
    <message>
        <source>Installed version</source>
        <translation>Installert versjon</translation>
    </message>
    <message>
        <source>Upgrade version</source>
        <translation>Ny versjon</translation>
    </message>
    <message>
        <source>Installed version: %1</source>
        <translation>Installert versjon: %1</translation>
    </message>
    <message>
        <source>upgraded to</source>
        <translation>oppgraderes til</translation>
    </message>
    <message>
        <source>Upgrade version: %1</source>
        <translation>Ny versjon: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Until every system runs the same version, calls can be split.&lt;/b&gt; Nodes on different versions cannot host the same conference: two callers of one meeting who reach nodes on different versions end up in separate conferences. Upgrade at a quiet time. Calls in progress now: %1.</source>
        <translation>&lt;b&gt;Til alle systemene kjører samme versjon, kan samtaler bli delt.&lt;/b&gt; Noder på ulike versjoner kan ikke være vert for samme konferanse: to deltakere i ett møte som havner på noder med ulike versjoner, ender i hver sin konferanse. Oppgrader når det er rolig. Samtaler som pågår nå: %1.</translation>
    </message>
    <message>
        <source>Configuration-only nodes in this deployment: %1. They are upgraded like the others. After the upgrade, deploy any new configuration-only node from the VM template of version %2, never from an older one.</source>
        <translation>Rene konfigurasjonsnoder i dette miljøet: %1. De oppgraderes som de andre. Etter oppgraderingen må nye rene konfigurasjonsnoder settes opp fra VM-malen for versjon %2, aldri fra en eldre.</translation>
    </message>
    <message>
        <source>Package %1 (%2). The Management Node's copy has the same SHA-256 as the file: %3</source>
        <translation>Pakke %1 (%2). Kopien på administrasjonsnoden har samme SHA-256 som filen: %3</translation>
    </message>
    <message>
        <source>&amp;Upgrade</source>
        <translation>&amp;Oppgrader</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Oppgrader</translation>
    </message>
    <message>
        <source>Starts the rolling upgrade to %1</source>
        <translation>Starter den rullerende oppgraderingen til %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>&lt;b&gt;Systems to upgrade: %1.&lt;/b&gt; The Management Node already runs %2, so only the Conferencing Nodes still on an older version take part, one at a time.</source>
        <translation>&lt;b&gt;Systemer som skal oppgraderes: %1.&lt;/b&gt; Administrasjonsnoden kjører allerede %2, så bare konferansenodene som fortsatt er på en eldre versjon, er med, én om gangen.</translation>
    </message>
    <message>
        <source>They are: %1.</source>
        <translation>Det gjelder: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Systems to upgrade: %1&lt;/b&gt; (the Management Node and %2 Conferencing Nodes). The Management Node goes first and restarts by itself; its web pages and API are away for a few minutes. Then the Conferencing Nodes follow one at a time: each stops taking new calls and waits for its calls to end before it installs.</source>
        <translation>&lt;b&gt;Systemer som skal oppgraderes: %1&lt;/b&gt; (administrasjonsnoden og %2 konferansenoder). Administrasjonsnoden går først og starter på nytt av seg selv; nettsidene og API-et er borte i noen minutter. Deretter følger konferansenodene én om gangen: hver slutter å ta imot nye samtaler og venter til samtalene er avsluttet før den installerer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Forecast: about %1&lt;/b&gt;, so it should end before the 24-hour limit. Nodes that still carry calls take longer: each waits up to an hour for its calls to end.</source>
        <translation>&lt;b&gt;Prognose: omtrent %1&lt;/b&gt;, så den bør bli ferdig før 24-timersgrensen. Noder som fortsatt har samtaler, tar lengre tid: hver venter opptil en time på at samtalene avsluttes.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Forecast: the 24-hour limit would stop this run first.&lt;/b&gt; Conferencing Nodes that would stay on the old version until you repeat the upgrade for them: about %1. Choose a quieter time if you can: nodes with calls wait for them to end.</source>
        <translation>&lt;b&gt;Prognose: 24-timersgrensen vil stoppe denne kjøringen først.&lt;/b&gt; Konferansenoder som vil bli værende på den gamle versjonen til du gjentar oppgraderingen for dem: omtrent %1. Velg et roligere tidspunkt hvis du kan: noder med samtaler venter til de er avsluttet.</translation>
    </message>
    <message>
        <source>Package %1 (%2), SHA-256 %3. The Management Node received it whole and validated it.</source>
        <translation>Pakke %1 (%2), SHA-256 %3. Management Node mottok den hel og validerte den.</translation>
    </message>
    <message>
        <source>Its version is read from its name.</source>
        <translation>Versjonen er lest fra navnet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This Management Node takes the package and starts the upgrade in one step.&lt;/b&gt; Upgrade uploads %1 (%2) now; the upgrade begins as soon as the Management Node has all of it. The package was checked on this computer (SHA-256 %3); the Management Node validates it itself.</source>
        <translation>&lt;b&gt;Denne Management Node tar imot pakken og starter oppgraderingen i ett trinn.&lt;/b&gt; Oppgrader laster opp %1 (%2) nå; oppgraderingen begynner så snart Management Node har hele pakken. Pakken ble kontrollert på denne datamaskinen (SHA-256 %3); Management Node validerer den selv.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Systems to upgrade: %1.&lt;/b&gt; The Management Node already runs %2, so only the Conferencing Nodes still on an older version take part, up to %n at a time.</source>
        <translation>
            <numerusform>&lt;b&gt;Systemer som skal oppgraderes: %1.&lt;/b&gt; Management Node kjører allerede %2, så bare Conferencing Nodes som fortsatt har en eldre versjon er med, opptil %n om gangen.</numerusform>
            <numerusform>&lt;b&gt;Systemer som skal oppgraderes: %1.&lt;/b&gt; Management Node kjører allerede %2, så bare Conferencing Nodes som fortsatt har en eldre versjon er med, opptil %n om gangen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Systems to upgrade: %1&lt;/b&gt; (the Management Node and %2 Conferencing Nodes). The Management Node goes first and restarts by itself; its web pages and API are away for a few minutes. Then the Conferencing Nodes follow, up to %n at a time: each stops taking new calls and waits for its calls to end before it installs.</source>
        <translation>
            <numerusform>&lt;b&gt;Systemer som skal oppgraderes: %1&lt;/b&gt; (Management Node og %2 Conferencing Nodes). Management Node går først og starter på nytt av seg selv; nettsidene og API-et er borte i noen minutter. Deretter følger Conferencing Nodes, opptil %n om gangen: hver slutter å ta imot nye samtaler og venter til samtalene er over før den installerer.</numerusform>
            <numerusform>&lt;b&gt;Systemer som skal oppgraderes: %1&lt;/b&gt; (Management Node og %2 Conferencing Nodes). Management Node går først og starter på nytt av seg selv; nettsidene og API-et er borte i noen minutter. Deretter følger Conferencing Nodes, opptil %n om gangen: hver slutter å ta imot nye samtaler og venter til samtalene er over før den installerer.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Planlegg</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planlegg</translation>
    </message>
</context>
<context>
    <name>iuc::ui::ConnectDialog</name>
    <message>
        <source>Type the password again and press Connect. If the user name is wrong, choose Edit….</source>
        <translation>Skriv passordet på nytt og trykk Koble til. Hvis brukernavnet er feil, velger du Rediger….</translation>
    </message>
    <message>
        <source>To correct the address, choose Edit…. To try again, press Connect.</source>
        <translation>Velg Rediger… for å rette adressen. Trykk Koble til for å prøve igjen.</translation>
    </message>
    <message>
        <source>Choose Edit… to pick the right CA file, or clear the field to check the certificate by its fingerprint instead.</source>
        <translation>Velg Rediger… for å velge riktig CA-fil, eller tøm feltet for å kontrollere sertifikatet etter fingeravtrykket i stedet.</translation>
    </message>
    <message>
        <source>Choose Edit… and clear the trusted fingerprint: the certificate is then shown for you to check on the next connection.</source>
        <translation>Velg Rediger… og fjern det klarerte fingeravtrykket: sertifikatet vises da for kontroll ved neste tilkobling.</translation>
    </message>
    <message>
        <source>Nothing was trusted. Once the new certificate is confirmed, choose Edit… to clear or replace the trusted fingerprint.</source>
        <translation>Ingenting ble klarert. Når det nye sertifikatet er bekreftet, velger du Rediger… for å fjerne eller erstatte det klarerte fingeravtrykket.</translation>
    </message>
    <message>
        <source>Wait until the Management Node is back, then press Connect again.</source>
        <translation>Vent til administrasjonsnoden er tilbake, og trykk Koble til igjen.</translation>
    </message>
    <message>
        <source>Choose Edit… and enter an account the Management Node lets in.</source>
        <translation>Velg Rediger… og skriv inn en konto som administrasjonsnoden slipper inn.</translation>
    </message>
    <message>
        <source>Connect to a Management Node</source>
        <translation>Koble til en administrasjonsnode</translation>
    </message>
    <message>
        <source>&amp;Saved deployments:</source>
        <translation>&amp;Lagrede miljøer:</translation>
    </message>
    <message>
        <source>Saved deployments</source>
        <translation>Lagrede miljøer</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Legg til…</translation>
    </message>
    <message>
        <source>Add a deployment profile</source>
        <translation>Legg til en miljøprofil</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>Edit the selected profile</source>
        <translation>Rediger den valgte profilen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Remove the selected profile</source>
        <translation>Fjern den valgte profilen</translation>
    </message>
    <message>
        <source>No deployment is saved yet. Choose Add… and enter the address of your Management Node and the account to sign in with, or open the demo deployment to try the console on a simulated one.</source>
        <translation>Ingen miljøer er lagret ennå. Velg Legg til… og skriv inn adressen til administrasjonsnoden og kontoen du skal logge på med, eller åpne demomiljøet for å prøve konsollen på et simulert miljø.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>&amp;Remember password in the system keychain</source>
        <translation>&amp;Husk passordet i systemets nøkkelring</translation>
    </message>
    <message>
        <source>Remember password in the system keychain</source>
        <translation>Husk passordet i systemets nøkkelring</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Bruker:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Sertifikat:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>Advarsel om nøkkelringen</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Kobler til</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Tilkoblingsstatus</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Tilkoblingsproblem</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Koble til</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Koble til</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Open &amp;demo deployment</source>
        <translation>Åpne &amp;demomiljøet</translation>
    </message>
    <message>
        <source>Open demo deployment</source>
        <translation>Åpne demomiljøet</translation>
    </message>
    <message>
        <source>Starts a simulated Management Node with Conferencing Nodes and live calls on this computer, to try the console without touching a real deployment.</source>
        <translation>Starter en simulert administrasjonsnode med konferansenoder og pågående samtaler på denne datamaskinen, slik at du kan prøve konsollen uten å røre et ekte miljø.</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 som %2</translation>
    </message>
    <message>
        <source>pinned, SHA-256 %1</source>
        <translation>festet, SHA-256 %1</translation>
    </message>
    <message>
        <source>signed by the CA in %1</source>
        <translation>signert av CA-en i %1</translation>
    </message>
    <message>
        <source>checked on connection (trusted by this computer, or shown to you the first time)</source>
        <translation>kontrolleres ved tilkobling (klarert av denne datamaskinen, eller vist til deg første gang)</translation>
    </message>
    <message>
        <source>reading the keychain…</source>
        <translation>leser nøkkelringen…</translation>
    </message>
    <message>
        <source>No system keychain is available in this desktop session, so passwords cannot be saved: a password you let the console remember is kept in memory until it closes, and asked for again next time. Start or unlock your keyring (for example GNOME Keyring or KWallet) to save it.</source>
        <translation>Ingen systemnøkkelring er tilgjengelig i denne skrivebordsøkten, så passord kan ikke lagres: et passord du lar konsollen huske, holdes i minnet til den lukkes, og du blir spurt om det igjen neste gang. Start eller lås opp nøkkelringen (for eksempel GNOME Keyring eller KWallet) for å lagre det.</translation>
    </message>
    <message>
        <source>Profile "%1" saved.</source>
        <translation>Profilen "%1" er lagret.</translation>
    </message>
    <message>
        <source>Profile "%1" added. Enter its password and press Connect.</source>
        <translation>Profilen "%1" er lagt til. Skriv inn passordet og trykk Koble til.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Fjern profil</translation>
    </message>
    <message>
        <source>Remove the profile "%1"? Its password is deleted from the system keychain as well. The Management Node itself is not affected.</source>
        <translation>Vil du fjerne profilen "%1"? Passordet slettes også fra systemets nøkkelring. Selve administrasjonsnoden berøres ikke.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Profile "%1" removed.</source>
        <translation>Profilen "%1" er fjernet.</translation>
    </message>
    <message>
        <source>There is no saved profile called "%1".</source>
        <translation>Det finnes ingen lagret profil med navnet "%1".</translation>
    </message>
    <message>
        <source>There is no saved deployment to connect to. Choose Add… to enter one.</source>
        <translation>Det finnes ikke noe lagret miljø å koble til. Velg Legg til… for å legge inn et.</translation>
    </message>
    <message>
        <source>Choose a deployment in the list first.</source>
        <translation>Velg først et miljø i listen.</translation>
    </message>
    <message>
        <source>Demo deployment</source>
        <translation>Demomiljø</translation>
    </message>
    <message>
        <source>Starting the demo deployment on this computer…</source>
        <translation>Starter demomiljøet på denne datamaskinen…</translation>
    </message>
    <message>
        <source>Reading the password from the system keychain…</source>
        <translation>Leser passordet fra systemets nøkkelring…</translation>
    </message>
    <message>
        <source>Connecting to the demo deployment…</source>
        <translation>Kobler til demomiljøet…</translation>
    </message>
    <message>
        <source>Connecting to %1 as %2…</source>
        <translation>Kobler til %1 som %2…</translation>
    </message>
    <message>
        <source>Reading the Management Node's certificate…</source>
        <translation>Leser sertifikatet til administrasjonsnoden…</translation>
    </message>
    <message>
        <source>Waiting for your decision about the certificate…</source>
        <translation>Venter på din avgjørelse om sertifikatet…</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>Lagrer passordet i systemets nøkkelring…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Tilkoblet.</translation>
    </message>
    <message>
        <source>Cancelled: not connected.</source>
        <translation>Avbrutt: ikke tilkoblet.</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>The alert webhook was not saved: %1 Alerts of "%2" stay on this desktop.</source>
        <translation>Varslings-webhooken ble ikke lagret: %1 Varsler for «%2» blir på dette skrivebordet.</translation>
    </message>
</context>
<context>
    <name>iuc::ui::ConnectionIndicator</name>
    <message>
        <source>Connection</source>
        <translation>Tilkobling</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Ikke tilkoblet</translation>
    </message>
    <message>
        <source>%1 — the table may be out of date</source>
        <translation>%1 — tabellen kan være utdatert</translation>
    </message>
    <message>
        <source>No fresh data for a while: what you see is the last known state.</source>
        <translation>Ingen ferske data på en stund: det du ser, er siste kjente tilstand.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>iuc::ui::ConsoleController</name>
    <message>
        <source>Password not saved</source>
        <translation>Passordet ble ikke lagret</translation>
    </message>
    <message>
        <source>This build of the console has no demo deployment.</source>
        <translation>Denne versjonen av konsollen har ikke noe demomiljø.</translation>
    </message>
    <message>
        <source>The guided upgrade was not opened.</source>
        <translation>Den veiledede oppgraderingen ble ikke åpnet.</translation>
    </message>
    <message>
        <source>The guided upgrade is saved at "%1"; Run ▸ Guided upgrade… resumes it.</source>
        <translation>Den veiledede oppgraderingen er lagret i "%1"; Kjøring ▸ Veiledet oppgradering… fortsetter den.</translation>
    </message>
    <message>
        <source>%1 restarted at %2 UTC.</source>
        <translation>%1 startet på nytt kl. %2 UTC.</translation>
    </message>
    <message>
        <source>%1 has not restarted yet. Check its console in the hypervisor; the console keeps watching.</source>
        <translation>%1 har ikke startet på nytt ennå. Se på konsollen dens i hypervisoren; konsollen fortsetter å følge med.</translation>
    </message>
</context>
<context>
    <name>iuc::ui::ContinuationCommand</name>
    <message>
        <source>&lt;b&gt;The upgrade to %1 that started at %2 stopped at its 24-hour limit&lt;/b&gt; with %3 of %4 systems upgraded.</source>
        <translation>&lt;b&gt;Oppgraderingen til %1 som startet kl. %2, stoppet ved 24-timersgrensen&lt;/b&gt; med %3 av %4 systemer oppgradert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The upgrade to %1 that started at %2 was abandoned&lt;/b&gt; when the Management Node was rebooted, with %3 of %4 systems upgraded.</source>
        <translation>&lt;b&gt;Oppgraderingen til %1 som startet kl. %2, ble avbrutt&lt;/b&gt; da administrasjonsnoden ble startet på nytt, med %3 av %4 systemer oppgradert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The upgrade to %1 that started at %2 ended&lt;/b&gt; with %3 of %4 systems upgraded.</source>
        <translation>&lt;b&gt;Oppgraderingen til %1 som startet kl. %2, ble avsluttet&lt;/b&gt; med %3 av %4 systemer oppgradert.</translation>
    </message>
    <message>
        <source>Each system stayed as it was, so versions are mixed now. Continuing installs the same package, which the Management Node still holds, on the systems left behind only.</source>
        <translation>Hvert system ble stående som det var, så versjonene er blandet nå. Hvis du fortsetter, installeres den samme pakken, som administrasjonsnoden fortsatt har, bare på systemene som ble liggende etter.</translation>
    </message>
    <message>
        <source>Continue the Upgrade</source>
        <translation>Fortsett oppgraderingen</translation>
    </message>
    <message>
        <source>The console has not read the deployment yet.</source>
        <translation>Konsollen har ikke lest miljøet ennå.</translation>
    </message>
    <message>
        <source>Wait until the status bar shows the connection as live, then try again.</source>
        <translation>Vent til statuslinjen viser at tilkoblingen er aktiv, og prøv igjen.</translation>
    </message>
    <message>
        <source>There is no earlier upgrade to continue.</source>
        <translation>Det finnes ingen tidligere oppgradering å fortsette.</translation>
    </message>
    <message>
        <source>To start an upgrade, upload a package (File ▸ Upload package).</source>
        <translation>For å starte en oppgradering laster du opp en pakke (Fil ▸ Last opp pakke).</translation>
    </message>
    <message>
        <source>The upgrade to %1 is still running.</source>
        <translation>Oppgraderingen til %1 kjører fortsatt.</translation>
    </message>
    <message>
        <source>It goes on by itself with the systems it has not reached yet. Continue it only after it has stopped.</source>
        <translation>Den fortsetter av seg selv med systemene den ikke har nådd ennå. Fortsett den først etter at den har stoppet.</translation>
    </message>
    <message>
        <source>Every system already runs %1.</source>
        <translation>Alle systemene kjører allerede %1.</translation>
    </message>
    <message>
        <source>Nothing was left behind, so there is nothing to continue.</source>
        <translation>Ingen systemer ble liggende etter, så det er ingenting å fortsette.</translation>
    </message>
</context>
<context>
    <name>iuc::ui::DisconnectCallsCommand</name>
    <message>
        <source>Disconnect the calls on %1</source>
        <translation>Koble fra samtalene på %1</translation>
    </message>
    <message>
        <source>Disconnect these calls on %1 (%2)? Each participant is cut off at once.</source>
        <translation>Koble fra disse samtalene på %1 (%2)? Hver deltaker kobles fra med en gang.</translation>
    </message>
    <message>
        <source>Calls to disconnect</source>
        <translation>Samtaler som kobles fra</translation>
    </message>
    <message>
        <source>The node is waiting for these calls to end before it installs the upgrade. Once they are gone it goes on with its turn, without a reboot.</source>
        <translation>Noden venter på at disse samtalene skal avsluttes før den installerer oppgraderingen. Når de er borte, fortsetter den med sin tur, uten omstart.</translation>
    </message>
    <message>
        <source>The node's turn timed out waiting for these calls and it went to the back of the queue. Without them, its next turn need not wait.</source>
        <translation>Nodens tur gikk ut på tid mens den ventet på disse samtalene, og den ble satt bakerst i køen. Uten dem trenger ikke neste tur å vente.</translation>
    </message>
    <message>
        <source>The node keeps running; only these calls end. The participants can dial in again.</source>
        <translation>Noden fortsetter å kjøre; bare disse samtalene avsluttes. Deltakerne kan ringe inn igjen.</translation>
    </message>
    <message>
        <source>&amp;Disconnect Calls</source>
        <translation>&amp;Koble fra samtaler</translation>
    </message>
    <message>
        <source>No call was disconnected: the console could not list the node's calls.</source>
        <translation>Ingen samtale ble koblet fra: konsollen kunne ikke liste nodens samtaler.</translation>
    </message>
    <message>
        <source>%1 has no calls right now.</source>
        <translation>%1 har ingen samtaler akkurat nå.</translation>
    </message>
    <message>
        <source>There is nothing to disconnect. A node that was waiting for its calls to end goes on with its turn by itself.</source>
        <translation>Det er ingenting å koble fra. En node som ventet på at samtalene skulle avsluttes, fortsetter med sin tur av seg selv.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>This Management Node's API has no command to disconnect a participant, so the console cannot end these calls itself.</source>
        <translation>API-et til denne administrasjonsnoden har ingen kommando for å koble fra en deltaker, så konsollen kan ikke avslutte disse samtalene selv.</translation>
    </message>
    <message>
        <source>End them from the Management Node's web interface, where each participant can be disconnected, or reboot the node, which drops them.</source>
        <translation>Avslutt dem fra administrasjonsnodens webgrensesnitt, der hver deltaker kan kobles fra, eller start noden på nytt, som bryter dem.</translation>
    </message>
    <message>
        <source>Disconnecting the calls on %1…</source>
        <translation>Kobler fra samtalene på %1…</translation>
    </message>
    <message>
        <source>The run report will not show them: %1</source>
        <translation>Kjørerapporten vil ikke vise dem: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Calls still on %1: %2. Try again, or reboot the node.</source>
        <translation>Samtaler fortsatt på %1: %2. Prøv igjen, eller start noden på nytt.</translation>
    </message>
    <message>
        <source>Calls disconnected from %1: %2 of %3.</source>
        <translation>Samtaler koblet fra %1: %2 av %3.</translation>
    </message>
    <message>
        <source>Calls disconnected from %1: %2. If it was waiting for them, it goes on with its turn.</source>
        <translation>Samtaler koblet fra %1: %2. Hvis den ventet på dem, fortsetter den med sin tur.</translation>
    </message>
</context>
<context>
    <name>iuc::ui::DrainAheadPanel</name>
    <message>
        <source>&amp;Drain ahead of each turn</source>
        <translation>&amp;Tøm på forhånd før hver tur</translation>
    </message>
    <message>
        <source>Drain ahead</source>
        <translation>Tømming på forhånd</translation>
    </message>
    <message>
        <source>Puts the nodes that come next into maintenance mode before their turn, so their calls have ended when the Management Node reaches them; each is taken out again once it is on the new version. For the run in progress only.</source>
        <translation>Setter nodene som står for tur i vedlikeholdsmodus før sin tur, slik at samtalene deres er avsluttet når administrasjonsnoden kommer til dem; hver tas ut igjen når den har den nye versjonen. Bare for kjøringen som pågår.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The share of each location's capacity that stays in service: the console drains no node ahead that would take a location below it, and never a location's last node in service.</source>
        <translation>Andelen av hver lokasjons kapasitet som forblir i drift: konsollen tømmer ingen node på forhånd som ville ta en lokasjon under den, og aldri en lokasjons siste node i drift.</translation>
    </message>
    <message>
        <source>Capacity kept in service per location</source>
        <translation>Kapasitet holdt i drift per lokasjon</translation>
    </message>
    <message>
        <source>&amp;Keep in service:</source>
        <translation>&amp;Hold i drift:</translation>
    </message>
    <message>
        <source>%1: %2 % in service</source>
        <translation>%1: %2 % i drift</translation>
    </message>
    <message>
        <source>%1: %2 of %3 nodes in service; drain ahead keeps at least %4 %.</source>
        <translation>%1: %2 av %3 noder i drift; tømming på forhånd holder minst %4 %.</translation>
    </message>
    <message>
        <source>Nodes drained ahead: %1. Kept in service by the guardrail: %2.</source>
        <translation>Noder tømt på forhånd: %1. Holdt i drift av kapasitetsgrensen: %2.</translation>
    </message>
    <message>
        <source>Returning %1 nodes drained ahead to service…</source>
        <translation>Setter %1 noder tømt på forhånd tilbake i drift…</translation>
    </message>
    <message>
        <source>Off. Turn it on while the Conferencing Nodes are being upgraded.</source>
        <translation>Av. Slå det på mens konferansenodene oppgraderes.</translation>
    </message>
    <message>
        <source>Off: turn it on to drain the next nodes ahead of their turns.</source>
        <translation>Av: slå den på for å tømme de neste nodene før det er deres tur.</translation>
    </message>
</context>
<context>
    <name>iuc::ui::FlowCommand</name>
    <message>
        <source>its address</source>
        <translation>adressen dens</translation>
    </message>
    <message>
        <source>Reboot %1</source>
        <translation>Start %1 på nytt</translation>
    </message>
    <message>
        <source>This Management Node has no reboot command in its API, so the console cannot reboot %1 itself.</source>
        <translation>Denne administrasjonsnoden har ingen omstartkommando i API-et, så konsollen kan ikke selv starte %1 på nytt.</translation>
    </message>
    <message>
        <source>Reboot its virtual machine in the hypervisor, or sign in to %1 over SSH and run sudo reboot. The console keeps watching: it shows the restart and carries on when the system is back.</source>
        <translation>Start den virtuelle maskinen på nytt i hypervisoren, eller logg inn på %1 over SSH og kjør sudo reboot. Konsollen følger med: den viser omstarten og fortsetter når systemet er tilbake.</translation>
    </message>
    <message>
        <source>It has no calls right now: rebooting it disconnects nobody.</source>
        <translation>Den har ingen samtaler nå: en omstart kobler ingen fra.</translation>
    </message>
    <message>
        <source>%1 in %2 (%3)</source>
        <translation>%1 i %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Rebooting it disconnects these calls (%n):</source>
        <translation>
            <numerusform>En omstart kobler fra denne samtalen (%n):</numerusform>
            <numerusform>En omstart kobler fra disse samtalene (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iuc::ui::GuidedChecklistPage</name>
    <message>
        <source>Before the first upgrade</source>
        <translation>Før den første oppgraderingen</translation>
    </message>
    <message>
        <source>Confirm each item. The reboots are checked on the Management Node.</source>
        <translation>Bekreft hvert punkt. Omstartene kontrolleres på administrasjonsnoden.</translation>
    </message>
    <message>
        <source>Begin upgrading</source>
        <translation>Start oppgraderingen</translation>
    </message>
    <message>
        <source>1. Management Node snapshot</source>
        <translation>1. Øyeblikksbilde av administrasjonsnoden</translation>
    </message>
    <message>
        <source>A snapshot of the Management Node is taken in the hypervisor</source>
        <translation>Et øyeblikksbilde av administrasjonsnoden er tatt i hypervisoren</translation>
    </message>
    <message>
        <source>It is the way back if an upgrade fails, and the only way to downgrade.</source>
        <translation>Det er veien tilbake hvis en oppgradering mislykkes, og den eneste måten å nedgradere på.</translation>
    </message>
    <message>
        <source>The Management Node runs v8: the snapshot must be non-quiescing (v8.1 fixed the incompatibility that needs this).</source>
        <translation>Administrasjonsnoden kjører v8: øyeblikksbildet må tas uten quiescing (v8.1 løste inkompatibiliteten som gjør dette nødvendig).</translation>
    </message>
    <message>
        <source>2. Conferencing Node snapshots (optional)</source>
        <translation>2. Øyeblikksbilder av konferansenodene (valgfritt)</translation>
    </message>
    <message>
        <source>Snapshots of the Conferencing Nodes are taken</source>
        <translation>Øyeblikksbilder av konferansenodene er tatt</translation>
    </message>
    <message>
        <source>No snapshots: if ever needed, I redeploy the Conferencing Nodes from the Management Node</source>
        <translation>Ingen øyeblikksbilder: ved behov setter jeg opp konferansenodene på nytt fra administrasjonsnoden</translation>
    </message>
    <message>
        <source>3. Reboot every Conferencing Node</source>
        <translation>3. Start alle konferansenodene på nytt</translation>
    </message>
    <message>
        <source>Reboot them from the hypervisor, with "sudo reboot" over SSH, or here. Each node's boot time shows when it has.</source>
        <translation>Start dem på nytt fra hypervisoren, med "sudo reboot" over SSH, eller her. Oppstartstiden til hver node viser når det er gjort.</translation>
    </message>
    <message>
        <source>Reboot all…</source>
        <translation>Start alle på nytt…</translation>
    </message>
    <message>
        <source>Ask the Management Node to reboot every Conferencing Node; their calls are dropped</source>
        <translation>Be administrasjonsnoden starte alle konferansenodene på nytt; samtalene deres brytes</translation>
    </message>
    <message>
        <source>4. Backup</source>
        <translation>4. Sikkerhetskopi</translation>
    </message>
    <message>
        <source>A recent backup of the configuration exists</source>
        <translation>Det finnes en fersk sikkerhetskopi av konfigurasjonen</translation>
    </message>
    <message>
        <source>Waiting for the Management Node's data…</source>
        <translation>Venter på data fra administrasjonsnoden…</translation>
    </message>
    <message>
        <source>Every Conferencing Node rebooted after the checklist began.</source>
        <translation>Alle konferansenodene er startet på nytt etter at sjekklisten begynte.</translation>
    </message>
    <message>
        <source>Reboot every Conferencing Node</source>
        <translation>Start alle konferansenodene på nytt</translation>
    </message>
    <message numerus="yes">
        <source>Reboot every Conferencing Node now (%n in all)?</source>
        <translation>
            <numerusform>Vil du starte alle konferansenodene på nytt nå (%n totalt)?</numerusform>
            <numerusform>Vil du starte alle konferansenodene på nytt nå (%n totalt)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every call on them is dropped (calls in progress now: %n). Each node is back after a minute or two; nodes that cannot be contacted are left out and must be rebooted from the hypervisor.</source>
        <translation>
            <numerusform>Alle samtaler på dem brytes (samtaler som pågår nå: %n). Hver node er tilbake etter et par minutter; noder som ikke kan kontaktes, hoppes over og må startes på nytt fra hypervisoren.</numerusform>
            <numerusform>Alle samtaler på dem brytes (samtaler som pågår nå: %n). Hver node er tilbake etter et par minutter; noder som ikke kan kontaktes, hoppes over og må startes på nytt fra hypervisoren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reboot all</source>
        <translation>Start alle på nytt</translation>
    </message>
    <message>
        <source>The Conferencing Nodes were not rebooted.</source>
        <translation>Konferansenodene ble ikke startet på nytt.</translation>
    </message>
    <message numerus="yes">
        <source>Conferencing Nodes rebooting: %n…</source>
        <translation>
            <numerusform>Konferansenoder som starter på nytt: %n…</numerusform>
            <numerusform>Konferansenoder som starter på nytt: %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>This Management Node has no reboot command in its API: reboot each node in the hypervisor, or sign in to it over SSH and run "sudo reboot". Each node's boot time shows when it has.</source>
        <translation>Denne administrasjonsnoden har ingen omstartskommando i API-et: start hver node på nytt i hypervisoren, eller logg inn på den over SSH og kjør «sudo reboot». Oppstartstiden til hver node viser når det er gjort.</translation>
    </message>
    <message>
        <source>To reboot: %1.</source>
        <translation>Skal startes på nytt: %1.</translation>
    </message>
</context>
<context>
    <name>iuc::ui::GuidedDetectPage</name>
    <message>
        <source>Installed versions and the plan</source>
        <translation>Installerte versjoner og planen</translation>
    </message>
    <message>
        <source>What each system runs now, and the upgrades it takes to reach the newest version.</source>
        <translation>Hva hvert system kjører nå, og hvilke oppgraderinger som trengs for å nå den nyeste versjonen.</translation>
    </message>
    <message>
        <source>Reading the installed versions from the Management Node…</source>
        <translation>Leser de installerte versjonene fra administrasjonsnoden…</translation>
    </message>
    <message numerus="yes">
        <source>the Management Node; Conferencing Nodes: %n</source>
        <translation>
            <numerusform>administrasjonsnoden; konferansenoder: %n</numerusform>
            <numerusform>administrasjonsnoden; konferansenoder: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conferencing Nodes: %n</source>
        <translation>
            <numerusform>Konferansenoder: %n</numerusform>
            <numerusform>Konferansenoder: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The systems run different versions: an earlier upgrade did not reach every node. The plan finishes it first.</source>
        <translation>Systemene kjører ulike versjoner: en tidligere oppgradering nådde ikke alle nodene. Planen fullfører den først.</translation>
    </message>
</context>
<context>
    <name>iuc::ui::GuidedFinishPage</name>
    <message>
        <source>The guided upgrade is done</source>
        <translation>Den veiledede oppgraderingen er fullført</translation>
    </message>
    <message>
        <source>Export the report…</source>
        <translation>Eksporter rapporten…</translation>
    </message>
    <message>
        <source>Every system runs %1.</source>
        <translation>Alle systemene kjører %1.</translation>
    </message>
    <message>
        <source>Take a fresh backup of the configuration now: the backups taken before the upgrade belong to the old version.</source>
        <translation>Ta en ny sikkerhetskopi av konfigurasjonen nå: sikkerhetskopiene som ble tatt før oppgraderingen, hører til den gamle versjonen.</translation>
    </message>
    <message>
        <source>New configuration-only Conferencing Nodes must be deployed from the VM template of version %1: a template of any other version does not work.</source>
        <translation>Nye rene konfigurasjonsnoder må settes opp fra VM-malen for versjon %1: en mal for en hvilken som helst annen versjon fungerer ikke.</translation>
    </message>
    <message>
        <source>The configuration-only nodes already deployed (%1) were upgraded like the others.</source>
        <translation>De rene konfigurasjonsnodene som allerede er satt opp (%1), ble oppgradert som de andre.</translation>
    </message>
    <message>
        <source>The report lists every step: who ran it, when, the package's SHA-256, and each node's timings and outcome.</source>
        <translation>Rapporten viser hvert trinn: hvem som kjørte det, når, pakkens SHA-256 og tidene og utfallet for hver node.</translation>
    </message>
    <message>
        <source>Export the guided upgrade's report</source>
        <translation>Eksporter rapporten for den veiledede oppgraderingen</translation>
    </message>
    <message>
        <source>Web page (*.html);;Spreadsheet (*.csv)</source>
        <translation>Nettside (*.html);;Regneark (*.csv)</translation>
    </message>
    <message>
        <source>Reading the runs from the Management Node…</source>
        <translation>Leser kjøringene fra administrasjonsnoden…</translation>
    </message>
    <message>
        <source>The guided upgrade has no saved steps.</source>
        <translation>Den veiledede oppgraderingen har ingen lagrede trinn.</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>Rapporten ble ikke lagret: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>Kunne ikke skrive %1: %2. Velg en annen mappe.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (runs: %n).</source>
        <translation>
            <numerusform>Lagret %1 (kjøringer: %n).</numerusform>
            <numerusform>Lagret %1 (kjøringer: %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>The guided upgrade was closed before the report was saved.</source>
        <translation>Den veiledede oppgraderingen ble lukket før rapporten ble lagret.</translation>
    </message>
</context>
<context>
    <name>iuc::ui::GuidedHopPage</name>
    <message>
        <source>The upgrade package for this step</source>
        <translation>Oppgraderingspakken for dette trinnet</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Velg…</translation>
    </message>
    <message>
        <source>Upload and start…</source>
        <translation>Last opp og start…</translation>
    </message>
    <message>
        <source>%v of %m systems upgraded</source>
        <translation>%v av %m systemer oppgradert</translation>
    </message>
    <message>
        <source>Upgrade the systems left behind…</source>
        <translation>Oppgrader systemene som ble liggende etter…</translation>
    </message>
    <message>
        <source>Some systems are still on an older version: the package the Management Node runs (%1) upgrades only those (a repeat run).</source>
        <translation>Noen systemer er fortsatt på en eldre versjon: pakken som administrasjonsnoden kjører (%1), oppgraderer bare disse (en ny kjøring).</translation>
    </message>
    <message>
        <source>Choose the version %1 package. The console checks it, uploads it, shows the confirmation and watches the run; the step is done when every system runs it.</source>
        <translation>Velg pakken for versjon %1. Konsollen kontrollerer den, laster den opp, viser bekreftelsen og følger kjøringen; trinnet er fullført når alle systemene kjører den.</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Neste trinn</translation>
    </message>
    <message>
        <source>Finish the upgrade</source>
        <translation>Fullfør oppgraderingen</translation>
    </message>
    <message>
        <source>Choose the upgrade package</source>
        <translation>Velg oppgraderingspakken</translation>
    </message>
    <message>
        <source>Upgrade packages (*.tar *.tgz *.tar.gz *.pkg);;All files (*)</source>
        <translation>Oppgraderingspakker (*.tar *.tgz *.tar.gz *.pkg);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Choose the package file for this step first.</source>
        <translation>Velg pakkefilen for dette trinnet først.</translation>
    </message>
    <message>
        <source>Version %1: the package for this step.</source>
        <translation>Versjon %1: pakken for dette trinnet.</translation>
    </message>
    <message>
        <source>The upgrade to %1 started.</source>
        <translation>Oppgraderingen til %1 har startet.</translation>
    </message>
    <message>
        <source>The Management Node is rebooting into the new version, as it does in every upgrade. The console reconnects by itself; nothing needs doing.</source>
        <translation>Administrasjonsnoden starter på nytt med den nye versjonen, slik den gjør ved hver oppgradering. Konsollen kobler til igjen av seg selv; du trenger ikke gjøre noe.</translation>
    </message>
    <message>
        <source>Waiting for the Management Node to report the run…</source>
        <translation>Venter på at administrasjonsnoden skal rapportere kjøringen…</translation>
    </message>
    <message>
        <source>Verified: every system runs %1 and is idle.</source>
        <translation>Kontrollert: alle systemene kjører %1 og er i ro.</translation>
    </message>
    <message>
        <source>Fix what kept them back (reboot a stuck node, bring back one that cannot be contacted), then upgrade them with the same package.</source>
        <translation>Rett opp det som holdt dem tilbake (start en node som står fast, på nytt, få tilbake en som ikke kan kontaktes), og oppgrader dem deretter med den samme pakken.</translation>
    </message>
</context>
<context>
    <name>iuc::ui::GuidedWizard</name>
    <message>
        <source>Guided upgrade — %1</source>
        <translation>Veiledet oppgradering — %1</translation>
    </message>
    <message>
        <source>Close and resume later</source>
        <translation>Lukk og fortsett senere</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>iuc::ui::LogFileWindow</name>
    <message>
        <source>Every line was logged &amp;during an upgrade</source>
        <translation>Hver linje ble logget &amp;under en oppgradering</translation>
    </message>
    <message>
        <source>Administrator log — %1</source>
        <translation>Administratorlogg — %1</translation>
    </message>
    <message>
        <source>The errors expected during an upgrade are only expected then. Lines within a run this console saw are judged by its times; tick this when the file is from an upgrade the console did not see.</source>
        <translation>Feilene som er ventet under en oppgradering, er bare ventet da. Linjer innenfor en kjøring denne konsollen så, bedømmes etter dens tider; kryss av her når filen er fra en oppgradering konsollen ikke så.</translation>
    </message>
    <message>
        <source>Lines: %1; unexpected errors: %2</source>
        <translation>Linjer: %1; uventede feil: %2</translation>
    </message>
</context>
<context>
    <name>iuc::ui::LogPanel</name>
    <message>
        <source>&amp;Errors only</source>
        <translation>Bare &amp;feil</translation>
    </message>
    <message>
        <source>Administrator log</source>
        <translation>Administratorlogg</translation>
    </message>
    <message>
        <source>Shows only the log's error lines</source>
        <translation>Viser bare feillinjene i loggen</translation>
    </message>
    <message>
        <source>%1 (expected)</source>
        <translation>%1 (forventet)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unexpected errors: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Uventede feil: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No unexpected errors</source>
        <translation>Ingen uventede feil</translation>
    </message>
    <message>
        <source>Errors that are not among those expected during an upgrade</source>
        <translation>Feil som ikke er blant dem som forventes under en oppgradering</translation>
    </message>
    <message>
        <source>Receive by &amp;syslog…</source>
        <translation>Motta via &amp;syslog…</translation>
    </message>
    <message>
        <source>&amp;Open log file…</source>
        <translation>Å&amp;pne loggfil…</translation>
    </message>
    <message>
        <source>Receive the administrator log as a syslog server, from a Management Node that does not serve it through its API</source>
        <translation>Motta administratorloggen som syslog-server, fra en Management Node som ikke leverer den gjennom API-et</translation>
    </message>
    <message>
        <source>Show an administrator log downloaded from the Management Node, with the errors expected during an upgrade marked</source>
        <translation>Vis en administratorlogg lastet ned fra Management Node, med feilene som er ventet under en oppgradering merket</translation>
    </message>
    <message>
        <source>Not in this Management Node's API: receive it by syslog, or open a downloaded log</source>
        <translation>Ikke i API-et til denne Management Node: motta den via syslog, eller åpne en nedlastet logg</translation>
    </message>
    <message>
        <source>Real Management Nodes offer the administrator log as a download in their web interface and send it to syslog servers. The console can be one of them for the upgrade.</source>
        <translation>Ekte Management Nodes tilbyr administratorloggen som nedlasting i nettgrensesnittet og sender den til syslog-servere. Konsollen kan være en av dem under oppgraderingen.</translation>
    </message>
    <message>
        <source>Stop &amp;syslog…</source>
        <translation>Stopp &amp;syslog…</translation>
    </message>
    <message>
        <source>UDP and TCP</source>
        <translation>UDP og TCP</translation>
    </message>
    <message>
        <source>By syslog on port %1 (%2), lines received: %3</source>
        <translation>Via syslog på port %1 (%2), mottatte linjer: %3</translation>
    </message>
    <message>
        <source> · in the Management Node's syslog servers</source>
        <translation> · blant syslog-serverne til Management Node</translation>
    </message>
    <message>
        <source>Stopped receiving the administrator log by syslog.</source>
        <translation>Sluttet å motta administratorloggen via syslog.</translation>
    </message>
    <message>
        <source>Open an administrator log</source>
        <translation>Åpne en administratorlogg</translation>
    </message>
    <message>
        <source>Logs (*.log *.txt);;All files (*)</source>
        <translation>Logger (*.log *.txt);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>iuc::ui::LogTableModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Tid (UTC)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>%1 (expected)</source>
        <translation>%1 (forventet)</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
</context>
<context>
    <name>iuc::ui::MainWindow</name>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Koble til…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Connect to a Management Node</source>
        <translation>Koble til en administrasjonsnode</translation>
    </message>
    <message>
        <source>&amp;Upload package…</source>
        <translation>&amp;Last opp pakke…</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Check an upgrade package, upload it and start the upgrade</source>
        <translation>Kontroller en oppgraderingspakke, last den opp og start oppgraderingen</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Eksporter rapport…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save the run's history for a change record</source>
        <translation>Lagre historikken for kjøringen til en endringslogg</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Close the console</source>
        <translation>Lukk konsollen</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Oppdater nå</translation>
    </message>
    <message>
        <source>Ask the Management Node for fresh data now</source>
        <translation>Be administrasjonsnoden om ferske data nå</translation>
    </message>
    <message>
        <source>&amp;Wall display</source>
        <translation>&amp;Veggskjerm</translation>
    </message>
    <message>
        <source>A full-screen, read-only view for a wall screen</source>
        <translation>En fullskjermvisning uten redigering, for en veggskjerm</translation>
    </message>
    <message>
        <source>Reboot the &amp;Management Node…</source>
        <translation>Start &amp;administrasjonsnoden på nytt…</translation>
    </message>
    <message>
        <source>Restart the Management Node; this abandons a run in progress and lifts its lock</source>
        <translation>Start administrasjonsnoden på nytt; dette avbryter en pågående kjøring og opphever låsen</translation>
    </message>
    <message>
        <source>Reboot the selected &amp;node…</source>
        <translation>Start den valgte &amp;noden på nytt…</translation>
    </message>
    <message>
        <source>Restart the selected Conferencing Node; its calls are dropped</source>
        <translation>Start den valgte konferansenoden på nytt; samtalene på den brytes</translation>
    </message>
    <message>
        <source>Re&amp;peat the upgrade for the systems left behind…</source>
        <translation>&amp;Gjenta oppgraderingen for systemene som ble liggende etter…</translation>
    </message>
    <message>
        <source>Start a repeat run for the systems the stopped run did not reach</source>
        <translation>Start en ny kjøring for systemene den stoppede kjøringen ikke nådde</translation>
    </message>
    <message>
        <source>&amp;Downgrade and recovery…</source>
        <translation>Ne&amp;dgradering og gjenoppretting…</translation>
    </message>
    <message>
        <source>How to go back to the previous version</source>
        <translation>Slik går du tilbake til forrige versjon</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Om</translation>
    </message>
    <message>
        <source>About this console</source>
        <translation>Om denne konsollen</translation>
    </message>
    <message>
        <source>Show &amp;charts</source>
        <translation>Vis &amp;diagrammer</translation>
    </message>
    <message>
        <source>Show the &amp;log</source>
        <translation>Vis &amp;loggen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Refresh &amp;every</source>
        <translation>Oppdater &amp;hvert</translation>
    </message>
    <message>
        <source>Every %1 s</source>
        <translation>Hvert %1. sekund</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Kjøring</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hovedverktøylinje</translation>
    </message>
    <message>
        <source>Infinity Upgrade Console</source>
        <translation>Infinity Upgrade Console</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>About Infinity Upgrade Console</source>
        <translation>Om Infinity Upgrade Console</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Infinity Upgrade Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Follows and steers rolling upgrades of a Pexip Infinity platform: the Management Node first, then every Conferencing Node in turn.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Infinity Upgrade Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Følger og styrer rullerende oppgraderinger av en Pexip Infinity-plattform: først administrasjonsnoden, deretter hver konferansenode etter tur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Guided upgrade…</source>
        <translation>&amp;Veiledet oppgradering…</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Upgrade step by step across major versions (v3 → v6 → v11), with the checks before and after each step</source>
        <translation>Oppgrader trinn for trinn på tvers av hovedversjoner (v3 → v6 → v11), med kontrollene før og etter hvert trinn</translation>
    </message>
    <message>
        <source>&amp;Disconnect the selected node's calls…</source>
        <translation>&amp;Koble fra samtalene på valgt node…</translation>
    </message>
    <message>
        <source>End the calls on the selected Conferencing Node without rebooting it; they are listed first</source>
        <translation>Avslutt samtalene på valgt konferansenode uten å starte den på nytt; de listes først</translation>
    </message>
</context>
<context>
    <name>iuc::ui::ManagementCard</name>
    <message>
        <source>Management Node</source>
        <translation>Administrasjonsnode</translation>
    </message>
    <message>
        <source>Waiting for the first answer…</source>
        <translation>Venter på det første svaret…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Ikke tilkoblet</translation>
    </message>
    <message>
        <source>Installed version: %1</source>
        <translation>Installert versjon: %1</translation>
    </message>
    <message>
        <source>Rebooting — expected during the upgrade; reconnecting…</source>
        <translation>Starter på nytt — forventet under oppgraderingen; kobler til igjen…</translation>
    </message>
    <message>
        <source>The console keeps the last picture and carries on by itself when the Management Node answers again.</source>
        <translation>Konsollen beholder siste bilde og fortsetter av seg selv når administrasjonsnoden svarer igjen.</translation>
    </message>
    <message>
        <source>Installing the new version; it will restart by itself (expected)</source>
        <translation>Installerer den nye versjonen; den starter på nytt av seg selv (forventet)</translation>
    </message>
    <message>
        <source>Being upgraded first, to %1; the Conferencing Nodes follow.</source>
        <translation>Oppgraderes først, til %1; konferansenodene følger etter.</translation>
    </message>
    <message>
        <source>Up since %1</source>
        <translation>Oppe siden %1</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>iuc::ui::NodeTable</name>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>Fi&amp;lter:</translation>
    </message>
    <message>
        <source>Name, location, version, address or status</source>
        <translation>Navn, sted, versjon, adresse eller status</translation>
    </message>
    <message>
        <source>Filter nodes</source>
        <translation>Filtrer noder</translation>
    </message>
    <message>
        <source>Shows only the nodes whose name, location, version, address or status contains this text</source>
        <translation>Viser bare nodene der navn, sted, versjon, adresse eller status inneholder denne teksten</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer etter status</translation>
    </message>
    <message>
        <source>Conferencing Nodes</source>
        <translation>Konferansenoder</translation>
    </message>
    <message>
        <source>Show &amp;all statuses</source>
        <translation>Vis &amp;alle statuser</translation>
    </message>
    <message>
        <source>&amp;Status: all</source>
        <translation>&amp;Status: alle</translation>
    </message>
    <message>
        <source>&amp;Status: %1</source>
        <translation>&amp;Status: %1</translation>
    </message>
    <message>
        <source>&amp;Status: %1 chosen</source>
        <translation>&amp;Status: %1 valgt</translation>
    </message>
    <message>
        <source>&amp;Reboot node…</source>
        <translation>Start &amp;noden på nytt…</translation>
    </message>
    <message>
        <source>Restart %1; its calls are dropped</source>
        <translation>Start %1 på nytt; samtalene på den brytes</translation>
    </message>
    <message>
        <source>Copy &amp;name</source>
        <translation>Kopier &amp;navn</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>Kopier &amp;adresse</translation>
    </message>
    <message>
        <source>Nodes: %1</source>
        <translation>Noder: %1</translation>
    </message>
    <message>
        <source>Nodes: %1 of %2 shown</source>
        <translation>Noder: %1 av %2 vises</translation>
    </message>
    <message>
        <source>&amp;Disconnect calls…</source>
        <translation>&amp;Koble fra samtaler…</translation>
    </message>
    <message>
        <source>End the calls on %1 without restarting it</source>
        <translation>Avslutt samtalene på %1 uten å starte den på nytt</translation>
    </message>
</context>
<context>
    <name>iuc::ui::ProfileEditor</name>
    <message>
        <source>Edit deployment profile</source>
        <translation>Rediger miljøprofil</translation>
    </message>
    <message>
        <source>Add deployment profile</source>
        <translation>Legg til miljøprofil</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilnavn</translation>
    </message>
    <message>
        <source>e.g. Oslo production</source>
        <translation>f.eks. Oslo produksjon</translation>
    </message>
    <message>
        <source>Management Node address</source>
        <translation>Adressen til administrasjonsnoden</translation>
    </message>
    <message>
        <source>https://manager.example.com</source>
        <translation>https://manager.example.com</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>the Management Node account, e.g. admin</source>
        <translation>kontoen på administrasjonsnoden, f.eks. admin</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-sertifikatfil</translation>
    </message>
    <message>
        <source>optional: the CA that signed its certificate</source>
        <translation>valgfritt: CA-en som signerte sertifikatet</translation>
    </message>
    <message>
        <source>Trusted certificate fingerprint</source>
        <translation>Klarert fingeravtrykk for sertifikatet</translation>
    </message>
    <message>
        <source>empty: check the certificate on the next connection</source>
        <translation>tomt: sertifikatet kontrolleres ved neste tilkobling</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom…</translation>
    </message>
    <message>
        <source>Browse for a CA certificate file</source>
        <translation>Bla etter en CA-sertifikatfil</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-sertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Sertifikater (*.pem *.crt *.cer *.der);;Alle filer (*)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Bruker:</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>C&amp;A-fil:</translation>
    </message>
    <message>
        <source>&amp;Trusted fingerprint:</source>
        <translation>&amp;Klarert fingeravtrykk:</translation>
    </message>
    <message>
        <source>The password is not part of the profile: it is asked for in the Connect dialog and kept in the system keychain only if you tick "Remember". The trusted fingerprint is filled in when you accept the Management Node's certificate; clear it, or paste the new one, after the certificate was replaced.</source>
        <translation>Passordet er ikke en del av profilen: du blir spurt om det i dialogen Koble til, og det lagres i systemets nøkkelring bare hvis du krysser av for "Husk". Det klarerte fingeravtrykket fylles ut når du godtar sertifikatet til administrasjonsnoden; tøm feltet eller lim inn det nye etter at sertifikatet er byttet.</translation>
    </message>
    <message>
        <source>Problem with the profile</source>
        <translation>Problem med profilen</translation>
    </message>
    <message>
        <source>There is already a profile called "%1". Choose another name, or edit that profile instead.</source>
        <translation>Det finnes allerede en profil med navnet "%1". Velg et annet navn, eller rediger den profilen i stedet.</translation>
    </message>
    <message>
        <source>There is no file %1. Choose the CA certificate file with Browse…, or leave the field empty.</source>
        <translation>Filen %1 finnes ikke. Velg CA-sertifikatfilen med Bla gjennom…, eller la feltet stå tomt.</translation>
    </message>
    <message>
        <source>Alert webhook URL</source>
        <translation>URL til varslings-webhook</translation>
    </message>
    <message>
        <source>optional: an https:// incoming-webhook URL for alerts</source>
        <translation>valgfritt: en https://-URL til en innkommende webhook for varsler</translation>
    </message>
    <message>
        <source>in the keychain: %1 — type a URL to replace it</source>
        <translation>i nøkkelringen: %1 — skriv en URL for å erstatte den</translation>
    </message>
    <message>
        <source>Alert &amp;webhook:</source>
        <translation>Varslings-&amp;webhook:</translation>
    </message>
    <message>
        <source>Remove the saved webhook</source>
        <translation>Fjern den lagrede webhooken</translation>
    </message>
</context>
<context>
    <name>iuc::ui::RebootManagementCommand</name>
    <message>
        <source>The Management Node is restarting already.</source>
        <translation>Administrasjonsnoden starter allerede på nytt.</translation>
    </message>
    <message>
        <source>The Management Node was not rebooted: the console could not check whether an upgrade is running.</source>
        <translation>Administrasjonsnoden ble ikke startet på nytt: konsollen kunne ikke kontrollere om en oppgradering kjører.</translation>
    </message>
    <message>
        <source>An upgrade to %1 is running: %2 of %3 systems upgraded. Rebooting abandons it. A node that is installing finishes its installation; a node waiting for its calls to end leaves maintenance mode; the nodes still queued are not upgraded. The upgrade lock is lifted, so you can start a new upgrade once the Management Node is back.</source>
        <translation>En oppgradering til %1 kjører: %2 av %3 systemer oppgradert. En omstart avbryter den. En node som installerer, fullfører installeringen; en node som venter på at samtalene skal avsluttes, går ut av vedlikeholdsmodus; nodene som fortsatt står i kø, blir ikke oppgradert. Oppgraderingslåsen oppheves, så du kan starte en ny oppgradering når administrasjonsnoden er tilbake.</translation>
    </message>
    <message>
        <source>The Management Node's web pages and API are unavailable for a few minutes while it restarts; calls on the Conferencing Nodes go on. The console reconnects by itself.</source>
        <translation>Nettsidene og API-et til administrasjonsnoden er utilgjengelige i noen minutter mens den starter på nytt; samtalene på konferansenodene fortsetter. Konsollen kobler til igjen av seg selv.</translation>
    </message>
    <message>
        <source>Reboot the Management Node</source>
        <translation>Start administrasjonsnoden på nytt</translation>
    </message>
    <message>
        <source>Reboot the Management Node now?</source>
        <translation>Vil du starte administrasjonsnoden på nytt nå?</translation>
    </message>
    <message>
        <source>Reboot Management Node</source>
        <translation>Start administrasjonsnoden på nytt</translation>
    </message>
    <message>
        <source>The Management Node was not rebooted.</source>
        <translation>Administrasjonsnoden ble ikke startet på nytt.</translation>
    </message>
    <message>
        <source>The Management Node is restarting; the console reconnects when it is back.</source>
        <translation>Administrasjonsnoden starter på nytt; konsollen kobler til igjen når den er tilbake.</translation>
    </message>
    <message>
        <source>the Management Node</source>
        <translation>administrasjonsnoden</translation>
    </message>
    <message>
        <source>An upgrade is running: rebooting the Management Node abandons it. A node that is installing finishes; a node waiting for its calls leaves maintenance mode; the nodes still queued are not upgraded. The upgrade lock is lifted.</source>
        <translation>En oppgradering pågår: en omstart av administrasjonsnoden avbryter den. En node som installerer, fullfører; en node som venter på at samtalene slutter, går ut av vedlikeholdsmodus; nodene som fortsatt står i kø, oppgraderes ikke. Oppgraderingslåsen oppheves.</translation>
    </message>
</context>
<context>
    <name>iuc::ui::RebootNodeCommand</name>
    <message>
        <source>Reboot %1</source>
        <translation>Start %1 på nytt</translation>
    </message>
    <message>
        <source>%1 has no calls right now: rebooting it disconnects nobody.</source>
        <translation>%1 har ingen samtaler akkurat nå: ingen blir koblet fra ved en omstart.</translation>
    </message>
    <message>
        <source>Rebooting %1 disconnects these calls at once (%2):</source>
        <translation>En omstart av %1 kobler fra disse samtalene med en gang (%2):</translation>
    </message>
    <message>
        <source>Calls that the reboot disconnects</source>
        <translation>Samtaler som omstarten kobler fra</translation>
    </message>
    <message>
        <source>The node is waiting for these calls to end before it installs the upgrade. Once it is back it goes on with its turn, and the run continues with the next node.</source>
        <translation>Noden venter på at disse samtalene skal avsluttes før den installerer oppgraderingen. Når den er tilbake, fortsetter den med sin tur, og kjøringen går videre til neste node.</translation>
    </message>
    <message>
        <source>The node is installing the upgrade: a reboot now makes this attempt fail, and the run tries the node again later.</source>
        <translation>Noden installerer oppgraderingen: en omstart nå gjør at dette forsøket mislykkes, og kjøringen prøver noden igjen senere.</translation>
    </message>
    <message>
        <source>The node is unavailable for a minute or two while it restarts.</source>
        <translation>Noden er utilgjengelig i et par minutter mens den starter på nytt.</translation>
    </message>
    <message>
        <source>&amp;Reboot Node</source>
        <translation>&amp;Start noden på nytt</translation>
    </message>
    <message>
        <source>Reboot node</source>
        <translation>Start noden på nytt</translation>
    </message>
    <message>
        <source>The node was not rebooted: the console could not read the node's address.</source>
        <translation>Noden ble ikke startet på nytt: konsollen kunne ikke lese adressen til noden.</translation>
    </message>
    <message>
        <source>There is no Conferencing Node with id %1.</source>
        <translation>Det finnes ingen konferansenode med id %1.</translation>
    </message>
    <message>
        <source>It may have been removed since the last refresh. Refresh the node table, then choose the node again.</source>
        <translation>Den kan ha blitt fjernet siden siste oppdatering. Oppdater nodetabellen, og velg noden på nytt.</translation>
    </message>
    <message>
        <source>%1 was not rebooted: the console could not list its calls.</source>
        <translation>%1 ble ikke startet på nytt: konsollen kunne ikke liste opp samtalene på den.</translation>
    </message>
    <message>
        <source>%1 was not rebooted.</source>
        <translation>%1 ble ikke startet på nytt.</translation>
    </message>
    <message>
        <source>%1 is rebooting; its calls were disconnected.</source>
        <translation>%1 starter på nytt; samtalene på den ble koblet fra.</translation>
    </message>
    <message>
        <source>%1 is rebooting; its calls were disconnected. The run report will not show it: %2</source>
        <translation>%1 starter på nytt; samtalene ble koblet fra. Kjørerapporten vil ikke vise det: %2</translation>
    </message>
</context>
<context>
    <name>iuc::ui::ReportCommand</name>
    <message>
        <source>The report was not exported: the console could not read the upgrade history.</source>
        <translation>Rapporten ble ikke eksportert: konsollen kunne ikke lese oppgraderingshistorikken.</translation>
    </message>
    <message>
        <source>Export Upgrade Report</source>
        <translation>Eksporter oppgraderingsrapport</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>Det er ingenting å eksportere ennå.</translation>
    </message>
    <message>
        <source>This Management Node has no upgrade on record. Export the report once an upgrade has started.</source>
        <translation>Denne administrasjonsnoden har ingen registrerte oppgraderinger. Eksporter rapporten når en oppgradering har startet.</translation>
    </message>
    <message>
        <source>upgrade-report-%1.csv</source>
        <translation>oppgraderingsrapport-%1.csv</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV for regneark (*.csv)</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML-side (*.html)</translation>
    </message>
    <message>
        <source>The report was not saved.</source>
        <translation>Rapporten ble ikke lagret.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2. Choose a folder you can write to, or free some space, and export again.</source>
        <translation>Skriving av %1 mislyktes: %2. Velg en mappe du har skrivetilgang til, eller frigjør plass, og eksporter på nytt.</translation>
    </message>
    <message>
        <source>Report of %1 upgrade runs saved to %2.</source>
        <translation>Rapporten er lagret i %2 (oppgraderingskjøringer: %1).</translation>
    </message>
    <message>
        <source>The report goes without the admin's actions: %1</source>
        <translation>Rapporten lages uten administratorens handlinger: %1</translation>
    </message>
</context>
<context>
    <name>iuc::ui::RunPanel</name>
    <message>
        <source>Upgrade the systems left &amp;behind…</source>
        <translation>Oppgrader systemene som ble liggende &amp;etter…</translation>
    </message>
    <message>
        <source>Upgrade run</source>
        <translation>Oppgraderingskjøring</translation>
    </message>
    <message>
        <source>Systems upgraded</source>
        <translation>Oppgraderte systemer</translation>
    </message>
    <message>
        <source>Starts a repeat upgrade that includes only the systems not yet on the new version</source>
        <translation>Starter en ny oppgradering som bare tar med systemene som ikke er på den nye versjonen ennå</translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation>Tid brukt:</translation>
    </message>
    <message>
        <source>Left to the 24-hour stop:</source>
        <translation>Igjen til 24-timersstoppet:</translation>
    </message>
    <message>
        <source>Forecast finish:</source>
        <translation>Beregnet ferdig:</translation>
    </message>
    <message>
        <source>No upgrade is running</source>
        <translation>Ingen oppgradering kjører</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Ikke tilkoblet</translation>
    </message>
    <message>
        <source>0 of 0 systems upgraded</source>
        <translation>0 av 0 systemer oppgradert</translation>
    </message>
    <message>
        <source>No run</source>
        <translation>Ingen kjøring</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Upload an upgrade package to start a rolling upgrade.</source>
        <translation>Last opp en oppgraderingspakke for å starte en rullerende oppgradering.</translation>
    </message>
    <message>
        <source>%1 — to %2</source>
        <translation>%1 — til %2</translation>
    </message>
    <message>
        <source>%1 of %2 systems upgraded</source>
        <translation>%1 av %2 systemer oppgradert</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>%1 (stops at %2)</source>
        <translation>%1 (stopper kl. %2)</translation>
    </message>
    <message>
        <source>working it out…</source>
        <translation>beregner…</translation>
    </message>
    <message>
        <source>Estimated on the Management Node's clock from the steps seen so far in this run</source>
        <translation>Beregnet etter administrasjonsnodens klokke ut fra trinnene som er sett så langt i denne kjøringen</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Avsluttet:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The run stopped at its 24-hour limit; systems left behind: %1.&lt;/b&gt; The deployment now runs mixed versions: callers who join the same meeting through nodes on different versions end up in separate conferences. Left behind: %2. A repeat upgrade takes only these systems.</source>
        <translation>&lt;b&gt;Kjøringen stoppet ved 24-timersgrensen; systemer som ble liggende etter: %1.&lt;/b&gt; Miljøet kjører nå blandede versjoner: deltakere som blir med i samme møte via noder på ulike versjoner, havner i hver sin konferanse. Liggende etter: %2. En ny oppgradering tar bare med disse systemene.</translation>
    </message>
    <message>
        <source>New upgrades are locked until this run ends (at the latest %1). Only a reboot of the Management Node lifts the lock sooner, and it abandons the run.</source>
        <translation>Nye oppgraderinger er låst til denne kjøringen er ferdig (senest %1). Bare en omstart av administrasjonsnoden opphever låsen tidligere, og den avbryter kjøringen.</translation>
    </message>
    <message>
        <source>No lock: a new upgrade can be started.</source>
        <translation>Ingen lås: en ny oppgradering kan startes.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 og %2 til</translation>
    </message>
    <message>
        <source>No upgrade seen yet</source>
        <translation>Ingen oppgradering sett ennå</translation>
    </message>
    <message>
        <source>This Management Node does not report upgrade runs in its API. The console records a run from what it sees while connected: keep it open during an upgrade.</source>
        <translation>Denne administrasjonsnoden rapporterer ikke oppgraderinger i API-et sitt. Konsollen registrerer en oppgradering ut fra det den ser mens den er tilkoblet: hold den åpen under en oppgradering.</translation>
    </message>
    <message>
        <source>Recorded by this console from what it saw, since %1: this Management Node does not report upgrade runs. The start is when the console first saw the run; the queue order and the attempts (≈ in the table) are inferred.</source>
        <translation>Registrert av denne konsollen ut fra det den så, siden %1: denne administrasjonsnoden rapporterer ikke oppgraderinger. Starten er da konsollen først så oppgraderingen; kørekkefølgen og forsøkene (≈ i tabellen) er utledet.</translation>
    </message>
    <message>
        <source>Check the nodes waiting for calls to clear.</source>
        <translation>Se på nodene som venter på at samtalene skal avsluttes.</translation>
    </message>
    <message>
        <source>The Management Node cannot contact them: bring them back.</source>
        <translation>Administrasjonsnoden får ikke kontakt med dem: få dem tilbake.</translation>
    </message>
    <message>
        <source>Bring back the nodes the Management Node cannot contact, and check the nodes waiting for calls to clear.</source>
        <translation>Få tilbake nodene administrasjonsnoden ikke får kontakt med, og se på nodene som venter på at samtalene skal avsluttes.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The 24-hour stop will probably cut this run short.&lt;/b&gt; At the pace seen so far, Conferencing Nodes still on the old version when the run stops: about %1. %2</source>
        <translation>&lt;b&gt;24-timersstoppet vil sannsynligvis avbryte denne kjøringen.&lt;/b&gt; Med tempoet så langt er dette antallet konferansenoder fortsatt på den gamle versjonen når kjøringen stopper: omtrent %1. %2</translation>
    </message>
</context>
<context>
    <name>iuc::ui::ScheduledStartDialog</name>
    <message>
        <source>Scheduled Upgrade</source>
        <translation>Planlagt oppgradering</translation>
    </message>
    <message>
        <source>&lt;b&gt;The upgrade to %1 starts at %2&lt;/b&gt; (%3 UTC on the Management Node's clock).</source>
        <translation>&lt;b&gt;Oppgraderingen til %1 starter %2&lt;/b&gt; (%3 UTC etter administrasjonsnodens klokke).</translation>
    </message>
    <message>
        <source>Leave the console open: it performs the start. Quitting it cancels the start; the package stays on the Management Node.</source>
        <translation>La konsollen være åpen: den utfører starten. Avslutter du den, avbrytes starten; pakken blir liggende på administrasjonsnoden.</translation>
    </message>
    <message>
        <source>&amp;Cancel the Start</source>
        <translation>&amp;Avbryt starten</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Skjul</translation>
    </message>
    <message>
        <source>Starting soon…</source>
        <translation>Starter snart…</translation>
    </message>
    <message>
        <source>Starts in %1</source>
        <translation>Starter om %1</translation>
    </message>
</context>
<context>
    <name>iuc::ui::StartCommand</name>
    <message>
        <source>The upgrade was not started. The package stays on the Management Node.</source>
        <translation>Oppgraderingen ble ikke startet. Pakken blir liggende på administrasjonsnoden.</translation>
    </message>
    <message>
        <source>Upgrade to %1 started; it stops by itself at %2 if not done by then.</source>
        <translation>Oppgraderingen til %1 er startet; den stopper av seg selv kl. %2 hvis den ikke er ferdig innen da.</translation>
    </message>
    <message>
        <source>Starting the upgrade to %1…</source>
        <translation>Starter oppgraderingen til %1…</translation>
    </message>
    <message>
        <source>Upload cancelled; the upgrade was not started.</source>
        <translation>Opplastingen ble avbrutt; oppgraderingen ble ikke startet.</translation>
    </message>
    <message>
        <source>The upgrade was not started; nothing was uploaded.</source>
        <translation>Oppgraderingen ble ikke startet; ingenting ble lastet opp.</translation>
    </message>
    <message>
        <source>Upgrade to %1 scheduled at %2; leave the console open.</source>
        <translation>Oppgradering til %1 planlagt %2; la konsollen være åpen.</translation>
    </message>
    <message>
        <source>The scheduled start was cancelled: nothing was started. The package stays on the Management Node.</source>
        <translation>Den planlagte starten ble avbrutt: ingenting ble startet. Pakken blir liggende på administrasjonsnoden.</translation>
    </message>
</context>
<context>
    <name>iuc::ui::StartWindowPicker</name>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Start &amp;now</source>
        <translation>Start &amp;nå</translation>
    </message>
    <message>
        <source>Start &amp;at</source>
        <translation>Start &amp;klokken</translation>
    </message>
    <message>
        <source>Start at, local time</source>
        <translation>Starttid, lokal tid</translation>
    </message>
    <message>
        <source>unti&amp;l</source>
        <translation>&amp;til</translation>
    </message>
    <message>
        <source>End of the window, local time</source>
        <translation>Vinduets slutt, lokal tid</translation>
    </message>
    <message>
        <source>Turn on &amp;drain ahead for this run, inside the window</source>
        <translation>Slå på &amp;tømming på forhånd for denne kjøringen, innenfor vinduet</translation>
    </message>
    <message>
        <source>Local time (%1). The package is uploaded and checked already; the console performs the start at that time, so leave it open: quitting it cancels the start.</source>
        <translation>Lokal tid (%1). Pakken er allerede lastet opp og kontrollert; konsollen utfører starten på det tidspunktet, så la den være åpen: avslutter du den, avbrytes starten.</translation>
    </message>
</context>
<context>
    <name>iuc::ui::SyslogDialog</name>
    <message>
        <source>&amp;Add this console to the Management Node's syslog servers</source>
        <translation>&amp;Legg til denne konsollen blant syslog-serverne til Management Node</translation>
    </message>
    <message>
        <source>Receive the administrator log by syslog</source>
        <translation>Motta administratorloggen via syslog</translation>
    </message>
    <message>
        <source>This Management Node does not serve its administrator log through its API. It sends it to the syslog servers in its configuration: the console can be one of them for the upgrade.</source>
        <translation>Denne Management Node leverer ikke administratorloggen gjennom API-et. Den sender den til syslog-serverne i konfigurasjonen: konsollen kan være en av dem under oppgraderingen.</translation>
    </message>
    <message>
        <source>Ports below 1024 need administrator rights on this computer. Let the port through its firewall.</source>
        <translation>Porter under 1024 krever administratorrettigheter på denne datamaskinen. Slipp porten gjennom brannmuren.</translation>
    </message>
    <message>
        <source>UDP (the Management Node's default)</source>
        <translation>UDP (standard for Management Node)</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>UDP and TCP (the Management Node is told UDP)</source>
        <translation>UDP og TCP (Management Node får beskjed om UDP)</translation>
    </message>
    <message>
        <source>The address of this computer as the Management Node reaches it</source>
        <translation>Adressen til denne datamaskinen slik Management Node når den</translation>
    </message>
    <message>
        <source>&amp;Port on this computer:</source>
        <translation>&amp;Port på denne datamaskinen:</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>&amp;Transport:</translation>
    </message>
    <message>
        <source>This computer's a&amp;ddress:</source>
        <translation>A&amp;dressen til denne datamaskinen:</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Motta</translation>
    </message>
    <message>
        <source>this computer's address</source>
        <translation>adressen til denne datamaskinen</translation>
    </message>
    <message>
        <source>%1, port %2, %3</source>
        <translation>%1, port %2, %3</translation>
    </message>
    <message>
        <source>This Management Node's API has no syslog servers to add to. In its web interface, go to System &gt; Syslog servers and add %1 with the support log on; remove it after the upgrade.</source>
        <translation>API-et til denne Management Node har ingen syslog-servere å legge til i. Gå til System &gt; Syslog servers i nettgrensesnittet og legg til %1 med support-loggen på; fjern den etter oppgraderingen.</translation>
    </message>
    <message>
        <source>The console will ask before it adds %1, and before it removes it again.</source>
        <translation>Konsollen spør før den legger til %1, og før den fjerner den igjen.</translation>
    </message>
    <message>
        <source>Add %1 as a syslog server yourself (System &gt; Syslog servers, support log on).</source>
        <translation>Legg til %1 som syslog-server selv (System &gt; Syslog servers, support-loggen på).</translation>
    </message>
    <message>
        <source>Give this computer's IP address, as the Management Node reaches it.</source>
        <translation>Oppgi IP-adressen til denne datamaskinen, slik Management Node når den.</translation>
    </message>
    <message>
        <source>Receiving the administrator log by syslog on port %1.</source>
        <translation>Mottar administratorloggen via syslog på port %1.</translation>
    </message>
    <message>
        <source>Add %1, port %2 (%3) to the syslog servers of the Management Node %4?

The Management Node then sends its support log, which holds the administrator log, there until the console removes it. This changes the Management Node's configuration (System &gt; Syslog servers).</source>
        <translation>Legge til %1, port %2 (%3) blant syslog-serverne til Management Node %4?

Management Node sender da support-loggen sin, som inneholder administratorloggen, dit til konsollen fjerner den. Dette endrer konfigurasjonen til Management Node (System &gt; Syslog servers).</translation>
    </message>
    <message>
        <source>Add a syslog server</source>
        <translation>Legg til en syslog-server</translation>
    </message>
    <message>
        <source>The Management Node did not take the syslog server: %1
The console is listening: add it by hand, or try again.</source>
        <translation>Management Node godtok ikke syslog-serveren: %1
Konsollen lytter: legg den til for hånd, eller prøv igjen.</translation>
    </message>
    <message>
        <source>The Management Node sends its log to this console (syslog server %1).</source>
        <translation>Management Node sender loggen sin til denne konsollen (syslog-server %1).</translation>
    </message>
</context>
<context>
    <name>iuc::ui::UpgradeFlow</name>
    <message>
        <source>An upload is already in progress: finish or cancel it first.</source>
        <translation>En opplasting pågår allerede: fullfør eller avbryt den først.</translation>
    </message>
    <message>
        <source>Choose the Upgrade Package</source>
        <translation>Velg oppgraderingspakken</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <source>Upgrade packages (*.tar)</source>
        <translation>Oppgraderingspakker (*.tar)</translation>
    </message>
    <message>
        <source>The upgrade did not start.</source>
        <translation>Oppgraderingen startet ikke.</translation>
    </message>
    <message>
        <source>Another upgrade, started at %1, still holds the upgrade lock. A new upgrade can start when that run completes, or at the latest at %2, when it reaches its 24-hour stop.

To start sooner, reboot the Management Node. That abandons the run in progress: a node that is installing finishes, a node waiting for its calls to end leaves maintenance mode, and the other nodes are not upgraded by it.</source>
        <translation>En annen oppgradering, startet kl. %1, holder fortsatt oppgraderingslåsen. En ny oppgradering kan starte når den kjøringen er fullført, eller senest kl. %2, når den når 24-timersstoppet.

For å starte tidligere, start administrasjonsnoden på nytt. Det avbryter den pågående kjøringen: en node som installerer, gjør seg ferdig, en node som venter på at samtalene skal avsluttes, går ut av vedlikeholdsmodus, og de andre nodene blir ikke oppgradert av den.</translation>
    </message>
    <message>
        <source>An Upgrade Is Already Running</source>
        <translation>En oppgradering kjører allerede</translation>
    </message>
    <message>
        <source>The Management Node did not start this upgrade.</source>
        <translation>Administrasjonsnoden startet ikke denne oppgraderingen.</translation>
    </message>
    <message>
        <source>Reboot Management Node…</source>
        <translation>Start administrasjonsnoden på nytt…</translation>
    </message>
    <message>
        <source>Continue the Upgrade</source>
        <translation>Fortsett oppgraderingen</translation>
    </message>
    <message>
        <source>The package of the last upgrade is no longer on the Management Node.</source>
        <translation>Pakken fra den siste oppgraderingen er ikke lenger på administrasjonsnoden.</translation>
    </message>
    <message>
        <source>The Management Node keeps an uploaded package only until it restarts. Choose the package file again: it is checked and uploaded, and the new run then takes on only the systems left behind.</source>
        <translation>Administrasjonsnoden beholder en opplastet pakke bare til den starter på nytt. Velg pakkefilen på nytt: den kontrolleres og lastes opp, og den nye kjøringen tar seg deretter bare av systemene som ble liggende etter.</translation>
    </message>
    <message>
        <source>Choose Package…</source>
        <translation>Velg pakke…</translation>
    </message>
    <message>
        <source>Downgrade and Recovery</source>
        <translation>Nedgradering og gjenoppretting</translation>
    </message>
    <message>
        <source>An upgrade cannot be undone in place. Going back to the earlier version, or recovering from an upgrade that failed, means restoring the snapshots taken before the upgrade.</source>
        <translation>En oppgradering kan ikke angres på stedet. For å gå tilbake til den tidligere versjonen, eller for å komme seg etter en oppgradering som mislyktes, må du gjenopprette øyeblikksbildene som ble tatt før oppgraderingen.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Management Node first:&lt;/b&gt; restore it from the hypervisor snapshot taken just before the upgrade started.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Then each Conferencing Node:&lt;/b&gt; restore it from its own snapshot if you took one, or deploy it again from the Management Node, which is often quicker on a large deployment.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Coming from v8?&lt;/b&gt; The Management Node's snapshot must be a non-quiescing one: v8 has an incompatibility with quiesced snapshots that v8.1 resolved.&lt;/p&gt;&lt;p&gt;Before the next upgrade, take these snapshots first, so that this way back exists.&lt;/p&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Administrasjonsnoden først:&lt;/b&gt; gjenopprett den fra øyeblikksbildet i hypervisoren som ble tatt rett før oppgraderingen startet.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Deretter hver konferansenode:&lt;/b&gt; gjenopprett den fra sitt eget øyeblikksbilde hvis du tok et, eller sett den opp på nytt fra administrasjonsnoden, noe som ofte går raskere i et stort miljø.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Kommer du fra v8?&lt;/b&gt; Øyeblikksbildet av administrasjonsnoden må være tatt uten quiescing: v8 har en inkompatibilitet med quiesced-øyeblikksbilder som v8.1 løste.&lt;/p&gt;&lt;p&gt;Ta disse øyeblikksbildene før neste oppgradering, slik at denne veien tilbake finnes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Did the Upgrade Start?</source>
        <translation>Startet oppgraderingen?</translation>
    </message>
    <message>
        <source>The Management Node's answer to the start was lost.</source>
        <translation>Svaret fra Management Node på starten gikk tapt.</translation>
    </message>
    <message>
        <source>Stop the Upload?</source>
        <translation>Stoppe opplastingen?</translation>
    </message>
    <message>
        <source>The upgrade package is still being uploaded.</source>
        <translation>Oppgraderingspakken lastes fortsatt opp.</translation>
    </message>
    <message>
        <source>Closing the console stops the upload: the Management Node drops the part it has received and no upgrade is started. Upload the package again later.</source>
        <translation>Når konsollen lukkes, stopper opplastingen: Management Node forkaster det den har mottatt, og ingen oppgradering startes. Last opp pakken på nytt senere.</translation>
    </message>
    <message>
        <source>Stop and Close</source>
        <translation>Stopp og lukk</translation>
    </message>
    <message>
        <source>Keep Uploading</source>
        <translation>Fortsett opplastingen</translation>
    </message>
    <message>
        <source>Stopping the upload; nothing is started…</source>
        <translation>Stopper opplastingen; ingenting startes…</translation>
    </message>
    <message>
        <source>Cancel the Scheduled Start?</source>
        <translation>Avbryte den planlagte starten?</translation>
    </message>
    <message>
        <source>An upgrade is scheduled to start at %1.</source>
        <translation>En oppgradering er planlagt å starte %1.</translation>
    </message>
    <message>
        <source>The console performs the start: quitting it cancels the start, and nothing is started. The package stays on the Management Node; confirm it again later.</source>
        <translation>Konsollen utfører starten: avslutter du den, avbrytes starten, og ingenting startes. Pakken blir liggende på administrasjonsnoden; bekreft den på nytt senere.</translation>
    </message>
    <message>
        <source>Cancel the Start and Quit</source>
        <translation>Avbryt starten og avslutt</translation>
    </message>
    <message>
        <source>Keep the Console Open</source>
        <translation>La konsollen være åpen</translation>
    </message>
</context>
<context>
    <name>iuc::ui::UploadCommand</name>
    <message>
        <source>Checking %1…</source>
        <translation>Kontrollerer %1…</translation>
    </message>
    <message>
        <source>Checking the Package</source>
        <translation>Kontrollerer pakken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Checking %1 was cancelled; nothing was uploaded.</source>
        <translation>Kontrollen av %1 ble avbrutt; ingenting ble lastet opp.</translation>
    </message>
    <message>
        <source>%1 cannot be used to upgrade; nothing was uploaded.</source>
        <translation>%1 kan ikke brukes til å oppgradere; ingenting ble lastet opp.</translation>
    </message>
    <message>
        <source>The console could not read the installed versions, so the package was not checked against them. Nothing was uploaded.</source>
        <translation>Konsollen kunne ikke lese de installerte versjonene, så pakken ble ikke kontrollert mot dem. Ingenting ble lastet opp.</translation>
    </message>
    <message>
        <source>%1 is version %2, which does not fit this deployment; nothing was uploaded.</source>
        <translation>%1 er versjon %2, som ikke passer til dette miljøet; ingenting ble lastet opp.</translation>
    </message>
    <message>
        <source>Upload cancelled; the Management Node discarded what it had received.</source>
        <translation>Opplastingen ble avbrutt; administrasjonsnoden forkastet det den hadde mottatt.</translation>
    </message>
    <message>
        <source>The upload of %1 did not complete.</source>
        <translation>Opplastingen av %1 ble ikke fullført.</translation>
    </message>
    <message>
        <source>The Management Node's copy of %1 is not the same as the file; the upgrade was not started.</source>
        <translation>Kopien av %1 på administrasjonsnoden er ikke lik filen; oppgraderingen ble ikke startet.</translation>
    </message>
    <message>
        <source>Continuing the earlier upload of %1 from %2 already on the Management Node.</source>
        <translation>Fortsetter den tidligere opplastingen av %1 fra %2 som allerede ligger på Management Node.</translation>
    </message>
    <message>
        <source>The Management Node holds %1 whole from an earlier upload: it is validated again, not sent again.</source>
        <translation>Management Node har hele %1 fra en tidligere opplasting: den valideres på nytt, men sendes ikke på nytt.</translation>
    </message>
</context>
<context>
    <name>iuc::ui::UploadDialog</name>
    <message>
        <source>Uploading the Upgrade Package</source>
        <translation>Laster opp oppgraderingspakken</translation>
    </message>
    <message>
        <source>Sending &lt;b&gt;%1&lt;/b&gt; to the Management Node.</source>
        <translation>Sender &lt;b&gt;%1&lt;/b&gt; til administrasjonsnoden.</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Fremdrift for opplastingen</translation>
    </message>
    <message>
        <source>Nothing is installed yet: you confirm the upgrade after the Management Node has checked the package.</source>
        <translation>Ingenting er installert ennå: du bekrefter oppgraderingen etter at administrasjonsnoden har kontrollert pakken.</translation>
    </message>
    <message>
        <source>Cancel Upload</source>
        <translation>Avbryt opplastingen</translation>
    </message>
    <message>
        <source>%1 of %2 sent (%3 %)</source>
        <translation>%1 av %2 sendt (%3 %)</translation>
    </message>
    <message>
        <source>Measuring the speed…</source>
        <translation>Måler hastigheten…</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1/s, about %2 left</source>
        <translation>%1/s, omtrent %2 igjen</translation>
    </message>
    <message>
        <source>Connection lost. Resuming at %1, the point the Management Node had reached (attempt %2).</source>
        <translation>Forbindelsen ble brutt. Fortsetter fra %1, punktet administrasjonsnoden hadde nådd (forsøk %2).</translation>
    </message>
    <message>
        <source>All bytes sent. The Management Node is checking the package…</source>
        <translation>Alle byte er sendt. Administrasjonsnoden kontrollerer pakken…</translation>
    </message>
    <message>
        <source>Cancelling: the Management Node discards what it received…</source>
        <translation>Avbryter: administrasjonsnoden forkaster det den har mottatt…</translation>
    </message>
</context>
<context>
    <name>iuc::ui::WallCapacityPanel</name>
    <message>
        <source>Capacity in service per location</source>
        <translation>Kapasitet i drift per lokasjon</translation>
    </message>
    <message>
        <source>Capacity in service</source>
        <translation>Kapasitet i drift</translation>
    </message>
    <message>
        <source>Drain ahead: keep %1 %</source>
        <translation>Tømming på forhånd: hold %1 %</translation>
    </message>
    <message>
        <source>%1: %2 % in service, below the line</source>
        <translation>%1: %2 % i drift, under grensen</translation>
    </message>
    <message>
        <source>%1: %2 % in service</source>
        <translation>%1: %2 % i drift</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Nodes drained ahead: %1</source>
        <translation>Noder tømt på forhånd: %1</translation>
    </message>
</context>
<context>
    <name>iuc::ui::WallLauncher</name>
    <message>
        <source>This build of the console has no demo deployment.</source>
        <translation>Denne versjonen av konsollen har ikke noe demomiljø.</translation>
    </message>
    <message>
        <source>No deployment chosen for the wall</source>
        <translation>Ikke noe miljø er valgt for veggskjermen</translation>
    </message>
    <message>
        <source>Start it once with upgrade-console --wall --profile NAME, NAME being a profile saved in the console (best with a read-only account); later starts remember it.</source>
        <translation>Start den én gang med upgrade-console --wall --profile NAVN, der NAVN er en profil som er lagret i konsollen (helst med en konto med bare lesetilgang); senere oppstarter husker den.</translation>
    </message>
    <message>
        <source>The profile "%1" is not saved on this computer</source>
        <translation>Profilen "%1" er ikke lagret på denne datamaskinen</translation>
    </message>
    <message>
        <source>Save it in the console (File ▸ Connect…, Add…) under this account, or start the wall with the name of another profile: upgrade-console --wall --profile NAME.</source>
        <translation>Lagre den i konsollen (Fil ▸ Koble til…, Legg til…) under denne brukerkontoen, eller start veggskjermen med navnet på en annen profil: upgrade-console --wall --profile NAVN.</translation>
    </message>
    <message>
        <source>%1 — wall display</source>
        <translation>%1 — veggskjerm</translation>
    </message>
    <message>
        <source>No saved password for the profile "%1"</source>
        <translation>Ingen lagret passord for profilen "%1"</translation>
    </message>
    <message>
        <source>The wall never asks for a password: nobody is there to type it. In the console, connect with this profile, type the password and tick Remember password in the system keychain; then start the wall again.</source>
        <translation>Veggskjermen ber aldri om passord: det er ingen der som kan skrive det inn. Koble til med denne profilen i konsollen, skriv inn passordet og kryss av for Husk passordet i systemets nøkkelring; start deretter veggskjermen på nytt.</translation>
    </message>
    <message>
        <source>The password for "%1" could not be read from the keychain</source>
        <translation>Passordet for "%1" kunne ikke leses fra nøkkelringen</translation>
    </message>
    <message>
        <source>%1 Start the wall in a desktop session whose keychain is unlocked.</source>
        <translation>%1 Start veggskjermen i en skrivebordsøkt der nøkkelringen er låst opp.</translation>
    </message>
</context>
<context>
    <name>iuc::ui::WallNodeMap</name>
    <message>
        <source>Conferencing Nodes by location</source>
        <translation>Konferansenoder etter sted</translation>
    </message>
    <message>
        <source>Upgraded · %1</source>
        <translation>Oppgradert · %1</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>På %1</translation>
    </message>
    <message>
        <source>Pending · %1</source>
        <translation>Venter · %1</translation>
    </message>
    <message>
        <source>Waiting: 1 call</source>
        <translation>Venter: 1 samtale</translation>
    </message>
    <message>
        <source>Waiting: %1 calls</source>
        <translation>Venter: %1 samtaler</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>i ro</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>venter</translation>
    </message>
    <message>
        <source>preparing</source>
        <translation>forbereder</translation>
    </message>
    <message>
        <source>waiting for calls</source>
        <translation>venter på samtaler</translation>
    </message>
    <message>
        <source>calls timed out</source>
        <translation>samtalene ble ikke avsluttet i tide</translation>
    </message>
    <message>
        <source>installing</source>
        <translation>installerer</translation>
    </message>
    <message>
        <source>rebooting</source>
        <translation>starter på nytt</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>utilgjengelig</translation>
    </message>
    <message>
        <source>upgraded</source>
        <translation>oppgradert</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>på %1</translation>
    </message>
    <message>
        <source>Waiting for the first data…</source>
        <translation>Venter på de første dataene…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Ikke tilkoblet</translation>
    </message>
    <message>
        <source>No location</source>
        <translation>Uten sted</translation>
    </message>
    <message>
        <source>%1 of %2 upgraded</source>
        <translation>%1 av %2 oppgradert</translation>
    </message>
    <message>
        <source>+%1 more needing attention: %2</source>
        <translation>+%1 til som trenger oppfølging: %2</translation>
    </message>
</context>
<context>
    <name>iuc::ui::WallRunPanel</name>
    <message>
        <source>Elapsed</source>
        <translation>Tid brukt</translation>
    </message>
    <message>
        <source>To the 24-hour stop</source>
        <translation>Igjen til 24-timersstoppet</translation>
    </message>
    <message>
        <source>Forecast finish</source>
        <translation>Beregnet ferdig</translation>
    </message>
    <message>
        <source>No data from the Management Node yet</source>
        <translation>Ingen data fra administrasjonsnoden ennå</translation>
    </message>
    <message>
        <source>systems, all on %1</source>
        <translation>systemer, alle på %1</translation>
    </message>
    <message>
        <source>systems</source>
        <translation>systemer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>systems upgraded to %1</source>
        <translation>systemer oppgradert til %1</translation>
    </message>
    <message>
        <source>after the stop</source>
        <translation>etter stoppet</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>avsluttet %1</translation>
    </message>
    <message>
        <source>Will be cut at the 24-hour stop (%1): the forecast leaves 1 system on the old version.</source>
        <translation>Blir avbrutt ved 24-timersstoppet (%1): prognosen etterlater 1 system på den gamle versjonen.</translation>
    </message>
    <message>
        <source>Will be cut at the 24-hour stop (%1): the forecast leaves %2 systems on the old version.</source>
        <translation>Blir avbrutt ved 24-timersstoppet (%1): prognosen etterlater %2 systemer på den gamle versjonen.</translation>
    </message>
</context>
<context>
    <name>iuc::ui::WallSplitPanel</name>
    <message>
        <source>Conferences split across versions</source>
        <translation>Konferanser delt mellom versjoner</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Ikke tilkoblet</translation>
    </message>
    <message>
        <source>All nodes run one version: no conference can be split.</source>
        <translation>Alle nodene kjører samme versjon: ingen konferanse kan bli delt.</translation>
    </message>
    <message>
        <source>Versions are mixed; reading who is in which conference…</source>
        <translation>Versjonene er blandet; leser hvem som er i hvilken konferanse…</translation>
    </message>
    <message>
        <source>Versions are mixed; participants could not be read: %1</source>
        <translation>Versjonene er blandet; deltakerne kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>Versions are mixed, but no conference is split right now.</source>
        <translation>Versjonene er blandet, men ingen konferanse er delt akkurat nå.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 på %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 til</translation>
    </message>
    <message>
        <source>Conferences split across versions: %1</source>
        <translation>Konferanser delt mellom versjoner: %1</translation>
    </message>
</context>
<context>
    <name>iuc::ui::WallWindow</name>
    <message>
        <source>Infinity Upgrade Console — wall display</source>
        <translation>Infinity Upgrade Console — veggskjerm</translation>
    </message>
    <message>
        <source>Infinity Upgrade Console</source>
        <translation>Infinity Upgrade Console</translation>
    </message>
    <message>
        <source>%1 · Management Node %2</source>
        <translation>%1 · administrasjonsnode %2</translation>
    </message>
</context>
<context>
    <name>iuc::ui::WelcomePanel</name>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Koble til…</translation>
    </message>
    <message>
        <source>No deployment connected</source>
        <translation>Ingen miljø er tilkoblet</translation>
    </message>
    <message>
        <source>Connect to a Management Node to follow a rolling upgrade: every Conferencing Node's status and version, the run's progress against its 24-hour limit, and the administrator log.</source>
        <translation>Koble til en administrasjonsnode for å følge en rullerende oppgradering: status og versjon for hver konferansenode, fremdriften for kjøringen mot 24-timersgrensen, og administratorloggen.</translation>
    </message>
    <message>
        <source>Opens the connection dialog</source>
        <translation>Åpner tilkoblingsdialogen</translation>
    </message>
</context>
<context>
    <name>upgrade-console</name>
    <message>
        <source>Start on a demo deployment: a simulated Management Node with Conferencing Nodes and live calls, running on this computer.</source>
        <translation>Start med et demomiljø: en simulert administrasjonsnode med konferansenoder og pågående samtaler, som kjører på denne datamaskinen.</translation>
    </message>
    <message>
        <source>With --demo: start the upgrade at once, as if its package had been uploaded and confirmed.</source>
        <translation>Med --demo: start oppgraderingen med en gang, som om pakken var lastet opp og bekreftet.</translation>
    </message>
    <message>
        <source>With --demo: how many Conferencing Nodes (1-1000, default 12).</source>
        <translation>Med --demo: antall konferansenoder (1-1000, standard 12).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>With --demo: the installed version (default "10.2 (40234.0.0)"; "3 (…)" gives a deployment that must go through version 6).</source>
        <translation>Med --demo: installert versjon (standard "10.2 (40234.0.0)"; "3 (…)" gir et miljø som må gå via versjon 6).</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSJON</translation>
    </message>
    <message>
        <source>With --demo: simulated seconds per real second (default 60).</source>
        <translation>Med --demo: simulerte sekunder per virkelige sekund (standard 60).</translation>
    </message>
    <message>
        <source>FACTOR</source>
        <translation>FAKTOR</translation>
    </message>
    <message>
        <source>Connect at start to the saved deployment profile NAME.</source>
        <translation>Koble til den lagrede miljøprofilen NAVN ved oppstart.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KODE</translation>
    </message>
    <message>
        <source>With --demo: save a picture of the main window to FILE (PNG) once the upgrade has run for a while, then quit. Works without a display.</source>
        <translation>Med --demo: lagre et bilde av hovedvinduet i FIL (PNG) når oppgraderingen har kjørt en stund, og avslutt. Fungerer uten skjerm.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>With --screenshot: seconds to let the demo run first (default 20).</source>
        <translation>Med --screenshot: antall sekunder demoen skal kjøre først (standard 20).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDER</translation>
    </message>
    <message>
        <source>Infinity Upgrade Console: rolling upgrades of a Pexip Infinity platform, watched node by node.</source>
        <translation>Infinity Upgrade Console: rullerende oppgraderinger av en Pexip Infinity-plattform, fulgt node for node.</translation>
    </message>
    <message>
        <source>unexpected argument "%1"; see --help.</source>
        <translation>uventet argument "%1"; se --help.</translation>
    </message>
    <message>
        <source>--demo and --profile cannot be combined: choose one deployment to start on.</source>
        <translation>--demo og --profile kan ikke kombineres: velg ett miljø å starte med.</translation>
    </message>
    <message>
        <source>--profile needs the name of a saved profile.</source>
        <translation>--profile trenger navnet på en lagret profil.</translation>
    </message>
    <message>
        <source>--screenshot works with --demo only.</source>
        <translation>--screenshot fungerer bare sammen med --demo.</translation>
    </message>
    <message>
        <source>--screenshot-after takes a number of seconds from 1 to 3600.</source>
        <translation>--screenshot-after tar et antall sekunder fra 1 til 3600.</translation>
    </message>
    <message>
        <source>--demo-nodes takes a number from 1 to 1000.</source>
        <translation>--demo-nodes tar et tall fra 1 til 1000.</translation>
    </message>
    <message>
        <source>--demo-speed takes a factor above 0, for example 60.</source>
        <translation>--demo-speed tar en faktor over 0, for eksempel 60.</translation>
    </message>
    <message>
        <source>could not write the screenshot to %1.</source>
        <translation>kunne ikke skrive skjermbildet til %1.</translation>
    </message>
    <message>
        <source>Screenshot saved to %1.</source>
        <translation>Skjermbildet er lagret i %1.</translation>
    </message>
    <message>
        <source>there is no display to open a window on: neither DISPLAY nor WAYLAND_DISPLAY is set, and QT_QPA_PLATFORM does not name another platform.
To see the console on this machine, run it in a virtual X server:
    xvfb-run -a upgrade-console --demo
or save a picture of the demo without any display:
    QT_QPA_PLATFORM=offscreen upgrade-console --demo --screenshot console.png</source>
        <translation>det finnes ingen skjerm å åpne et vindu på: verken DISPLAY eller WAYLAND_DISPLAY er satt, og QT_QPA_PLATFORM angir ingen annen plattform.
For å se konsollen på denne maskinen, kjør den i en virtuell X-server:
    xvfb-run -a upgrade-console --demo
eller lagre et bilde av demoen uten skjerm:
    QT_QPA_PLATFORM=offscreen upgrade-console --demo --screenshot console.png</translation>
    </message>
    <message>
        <source>Infinity Upgrade Console</source>
        <translation>Infinity Upgrade Console</translation>
    </message>
    <message>
        <source>Demo deployment</source>
        <translation>Demomiljø</translation>
    </message>
    <message>
        <source>Open the guided upgrade (v3 → v6 → v11, with its checklist) once connected.</source>
        <translation>Åpne den veiledede oppgraderingen (v3 → v6 → v11, med sjekklisten) når du er tilkoblet.</translation>
    </message>
    <message>
        <source>Show the wall display only: full screen and read-only, for a NOC wall. With --profile NAME it connects to that saved profile and remembers it for later starts; alone, it uses the remembered one. With --demo: the demo's read-only account.</source>
        <translation>Vis bare veggskjermen: fullskjerm og uten redigering, for en NOC-vegg. Med --profile NAVN kobler den til den lagrede profilen og husker den til senere oppstarter; alene bruker den den som er husket. Med --demo: demoens konto med bare lesetilgang.</translation>
    </message>
    <message>
        <source>--wall and --wizard cannot be combined: the wall display is read-only.</source>
        <translation>--wall og --wizard kan ikke kombineres: veggskjermen er bare for visning.</translation>
    </message>
    <message>
        <source>Show the console in the language CODE (e.g. nb, de); default: the locale's.</source>
        <translation>Vis konsollen på språket KODE (f.eks. nb, de); standard: språket i lokaliteten.</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>--demo-api takes one of: %1.</source>
        <translation>--demo-api tar en av: %1.</translation>
    </message>
    <message>
        <source>With --demo: which Management Node API the demo serves: pexip (default: only what real nodes serve; the administrator log comes by syslog), pexip-v24 (the older field set) or extended (plus this project's extensions: the log in the API, the reboot command).</source>
        <translation>Med --demo: hvilket API for Management Node demoen leverer: pexip (standard: bare det ekte noder leverer; administratorloggen kommer via syslog), pexip-v24 (det eldre feltsettet) eller extended (i tillegg dette prosjektets utvidelser: loggen i API-et, omstartkommandoen).</translation>
    </message>
</context>
<context>
    <name>upgradectl</name>
    <message>
        <source>upgradectl: %1</source>
        <translation>upgradectl: %1</translation>
    </message>
    <message>
        <source>  pinned fingerprint:    %1</source>
        <translation>  festet fingeravtrykk: %1</translation>
    </message>
    <message>
        <source>  presented fingerprint: %1</source>
        <translation>  vist fingeravtrykk:   %1</translation>
    </message>
    <message>
        <source>  %1</source>
        <translation>  %1</translation>
    </message>
    <message>
        <source>Which Management Node? Give --url https://HOST[:PORT] or --profile NAME.</source>
        <translation>Hvilken administrasjonsnode? Oppgi --url https://VERT[:PORT] eller --profile NAVN.</translation>
    </message>
    <message>
        <source>"%1" is not a Management Node address; write it as https://HOST[:PORT].</source>
        <translation>"%1" er ikke en adresse til en administrasjonsnode; skriv den som https://VERT[:PORT].</translation>
    </message>
    <message>
        <source>Give the account name with --user NAME.</source>
        <translation>Oppgi kontonavnet med --user NAVN.</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty or not set.</source>
        <translation>Miljøvariabelen %1 er tom eller ikke satt.</translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>Passord for %1 på %2: </translation>
    </message>
    <message>
        <source>No password: set one in an environment variable and name it with --password-env VAR, or run upgradectl in a terminal to be asked.</source>
        <translation>Ingen passord: sett det i en miljøvariabel og oppgi navnet med --password-env VAR, eller kjør upgradectl i en terminal for å bli spurt.</translation>
    </message>
    <message>
        <source>  subject:     %1</source>
        <translation>  emne:          %1</translation>
    </message>
    <message>
        <source>  fingerprint: %1</source>
        <translation>  fingeravtrykk: %1</translation>
    </message>
    <message>
        <source>To trust it, run again with --pin %1</source>
        <translation>For å stole på det, kjør på nytt med --pin %1</translation>
    </message>
    <message>
        <source>Pinned in profile %1.</source>
        <translation>Festet i profilen %1.</translation>
    </message>
    <message>
        <source>Reading %1 … %2 %</source>
        <translation>Leser %1 … %2 %</translation>
    </message>
    <message>
        <source>Package:  %1</source>
        <translation>Pakke:     %1</translation>
    </message>
    <message>
        <source>Version:  %1 (built %2; installs on %3 or later)</source>
        <translation>Versjon:   %1 (bygget %2; installeres på %3 eller nyere)</translation>
    </message>
    <message>
        <source>Size:     %1 (%2 bytes)</source>
        <translation>Størrelse: %1 (%2 byte)</translation>
    </message>
    <message>
        <source>SHA-256:  %1</source>
        <translation>SHA-256:   %1</translation>
    </message>
    <message>
        <source>Give --url or --profile to check it against the installed version.</source>
        <translation>Oppgi --url eller --profile for å kontrollere den mot den installerte versjonen.</translation>
    </message>
    <message>
        <source>The Management Node runs %1.</source>
        <translation>Administrasjonsnoden kjører %1.</translation>
    </message>
    <message>
        <source>upgradectl: plan needs --from VERSION, or --url/--profile to read the installed version.</source>
        <translation>upgradectl: plan trenger --from VERSJON, eller --url/--profile for å lese den installerte versjonen.</translation>
    </message>
    <message>
        <source>  %1. install the v%2 package, and verify every system runs it</source>
        <translation>  %1. installer v%2-pakken, og kontroller at alle systemene kjører den</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>festet</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-fil</translation>
    </message>
    <message>
        <source>system</source>
        <translation>system</translation>
    </message>
    <message>
        <source>No profiles yet: upgradectl profile save NAME --url URL --user NAME [--pin SHA256]</source>
        <translation>Ingen profiler ennå: upgradectl profile save NAVN --url URL --user NAVN [--pin SHA256]</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>Removed profile %1 and its saved password.</source>
        <translation>Fjernet profilen %1 og det lagrede passordet.</translation>
    </message>
    <message>
        <source>Password for %1 (saved in the keychain): </source>
        <translation>Passord for %1 (lagres i nøkkelringen): </translation>
    </message>
    <message>
        <source>Saved profile %1 without a password: you will be asked for it.</source>
        <translation>Lagret profilen %1 uten passord: du blir spurt om det.</translation>
    </message>
    <message>
        <source>Saved profile %1; the password was not saved.</source>
        <translation>Lagret profilen %1; passordet ble ikke lagret.</translation>
    </message>
    <message>
        <source>Saved profile %1; its password is in the keychain.</source>
        <translation>Lagret profilen %1; passordet ligger i nøkkelringen.</translation>
    </message>
    <message>
        <source>Package %1: version %2, %3, SHA-256 %4</source>
        <translation>Pakke %1: versjon %2, %3, SHA-256 %4</translation>
    </message>
    <message>
        <source>Uploading %1  %2/s  %3 left</source>
        <translation>Laster opp %1  %2/s  %3 igjen</translation>
    </message>
    <message>
        <source>
The connection broke; resuming at byte %1 (attempt %2).</source>
        <translation>
Forbindelsen ble brutt; fortsetter fra byte %1 (forsøk %2).</translation>
    </message>
    <message>
        <source>Installed version: %1</source>
        <translation>Installert versjon: %1</translation>
    </message>
    <message>
        <source>Upgrade version:   %1</source>
        <translation>Ny versjon:         %1</translation>
    </message>
    <message>
        <source>Systems to upgrade: %1. Calls in progress now: %2.</source>
        <translation>Systemer som skal oppgraderes: %1. Samtaler som pågår nå: %2.</translation>
    </message>
    <message>
        <source>While versions are mixed, two callers of the same meeting may land on nodes with different versions and end up in separate conferences: upgrade at a quiet time.</source>
        <translation>Så lenge versjonene er blandet, kan to deltakere i samme møte havne på noder med ulike versjoner og ende i hver sin konferanse: oppgrader når det er rolig.</translation>
    </message>
    <message>
        <source>Forecast: the 24-hour limit would stop this run with %1 Conferencing Nodes left behind.</source>
        <translation>Prognose: 24-timersgrensen vil stoppe denne kjøringen; konferansenoder som blir liggende etter: %1.</translation>
    </message>
    <message>
        <source>Forecast: about %1 with nodes upgraded one at a time (longer while calls last).</source>
        <translation>Prognose: omtrent %1 med noder oppgradert én om gangen (lengre mens samtaler varer).</translation>
    </message>
    <message>
        <source>upgradectl: not starting without confirmation; add --yes to start from a script.</source>
        <translation>upgradectl: starter ikke uten bekreftelse; legg til --yes for å starte fra et skript.</translation>
    </message>
    <message>
        <source>Start the upgrade?</source>
        <translation>Vil du starte oppgraderingen?</translation>
    </message>
    <message>
        <source>Upgrade started at %1 UTC; it stops by itself at %2 UTC if not done.</source>
        <translation>Oppgraderingen startet kl. %1 UTC; den stopper av seg selv kl. %2 UTC hvis den ikke er ferdig.</translation>
    </message>
    <message>
        <source>An upgrade to %1 is running (%2 of %3 systems upgraded). Rebooting the Management Node abandons it: a node installing now finishes, a node waiting for its calls leaves maintenance mode, the others are not upgraded. The 24-hour lock is lifted.</source>
        <translation>En oppgradering til %1 kjører (%2 av %3 systemer oppgradert). En omstart av administrasjonsnoden avbryter den: en node som installerer nå, gjør seg ferdig, en node som venter på samtalene sine, går ut av vedlikeholdsmodus, og de andre blir ikke oppgradert. 24-timerslåsen oppheves.</translation>
    </message>
    <message>
        <source>The Management Node's API is unavailable while it reboots (a few minutes).</source>
        <translation>API-et til administrasjonsnoden er utilgjengelig mens den starter på nytt (noen minutter).</translation>
    </message>
    <message>
        <source>Reboot the Management Node?</source>
        <translation>Vil du starte administrasjonsnoden på nytt?</translation>
    </message>
    <message>
        <source>The Management Node is rebooting.</source>
        <translation>Administrasjonsnoden starter på nytt.</translation>
    </message>
    <message>
        <source>upgradectl: there is no Conferencing Node "%1"; `upgradectl status` lists them.</source>
        <translation>upgradectl: det finnes ingen konferansenode "%1"; `upgradectl status` viser dem.</translation>
    </message>
    <message>
        <source>%1 has no calls.</source>
        <translation>%1 har ingen samtaler.</translation>
    </message>
    <message>
        <source>Rebooting %1 disconnects these calls:</source>
        <translation>En omstart av %1 kobler fra disse samtalene:</translation>
    </message>
    <message>
        <source>  %1 in %2 (%3)</source>
        <translation>  %1 i %2 (%3)</translation>
    </message>
    <message>
        <source>Reboot %1?</source>
        <translation>Vil du starte %1 på nytt?</translation>
    </message>
    <message>
        <source>%1 is rebooting.</source>
        <translation>%1 starter på nytt.</translation>
    </message>
    <message>
        <source>upgradectl: this Management Node has no upgrade runs to report.</source>
        <translation>upgradectl: denne administrasjonsnoden har ingen oppgraderingskjøringer å rapportere.</translation>
    </message>
    <message>
        <source>upgradectl: cannot write %1: %2</source>
        <translation>upgradectl: kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 runs).</source>
        <translation>Skrev %1 (kjøringer: %2).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Samtaler</translation>
    </message>
    <message>
        <source>In status</source>
        <translation>I status</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kø</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Forsøk</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>… and %1 more nodes</source>
        <translation>… og %1 noder til</translation>
    </message>
    <message>
        <source>%1 — Management Node %2: %3, %4</source>
        <translation>%1 — administrasjonsnode %2: %3, %4</translation>
    </message>
    <message>
        <source>the 24-hour stop will cut this run short</source>
        <translation>24-timersstoppet vil avbryte denne kjøringen</translation>
    </message>
    <message>
        <source>Server time %1. * configuration-only node.</source>
        <translation>Servertid %1. * ren konfigurasjonsnode.</translation>
    </message>
    <message>
        <source> — data %1 s old</source>
        <translation> — data %1 s gamle</translation>
    </message>
    <message>
        <source>Unexpected errors in the administrator log: %1</source>
        <translation>Uventede feil i administratorloggen: %1</translation>
    </message>
    <message>
        <source>yes (--yes)</source>
        <translation>ja (--yes)</translation>
    </message>
    <message>
        <source>Pre-flight checklist</source>
        <translation>Sjekkliste før start</translation>
    </message>
    <message>
        <source>1. Take a snapshot of the Management Node in your hypervisor: you need it to go back if an upgrade fails or to downgrade.</source>
        <translation>1. Ta et øyeblikksbilde av administrasjonsnoden i hypervisoren: du trenger det for å gå tilbake hvis en oppgradering mislykkes, eller for å nedgradere.</translation>
    </message>
    <message>
        <source>   The Management Node runs v8: take a non-quiescing snapshot (v8.1 fixed the incompatibility).</source>
        <translation>   Administrasjonsnoden kjører v8: ta et øyeblikksbilde uten quiescing (v8.1 løste inkompatibiliteten).</translation>
    </message>
    <message>
        <source>Is the Management Node snapshot taken?</source>
        <translation>Er øyeblikksbildet av administrasjonsnoden tatt?</translation>
    </message>
    <message>
        <source>2. Snapshots of the Conferencing Nodes are optional: you can redeploy them from the Management Node instead.</source>
        <translation>2. Øyeblikksbilder av konferansenodene er valgfrie: du kan i stedet sette dem opp på nytt fra administrasjonsnoden.</translation>
    </message>
    <message>
        <source>Are Conferencing Node snapshots taken (no: redeploy them if ever needed)?</source>
        <translation>Er det tatt øyeblikksbilder av konferansenodene (nei: sett dem opp på nytt ved behov)?</translation>
    </message>
    <message>
        <source>3. Reboot every Conferencing Node. Verified from each node's boot time.</source>
        <translation>3. Start alle konferansenodene på nytt. Kontrolleres ut fra oppstartstiden til hver node.</translation>
    </message>
    <message>
        <source>Reboot the %1 Conferencing Nodes not rebooted yet through the Management Node now? Their calls (%2 in progress) are dropped.</source>
        <translation>Vil du nå la administrasjonsnoden starte de konferansenodene som ikke er startet på nytt ennå (%1), på nytt? Samtalene deres (pågående: %2) brytes.</translation>
    </message>
    <message>
        <source>%1 Conferencing Nodes are rebooting.</source>
        <translation>Konferansenoder som starter på nytt: %1.</translation>
    </message>
    <message>
        <source>Reboot them from the hypervisor or with `sudo reboot` over SSH; this check goes on until every node has booted since the checklist began (Ctrl-C to stop; run the command again to resume).</source>
        <translation>Start dem på nytt fra hypervisoren eller med `sudo reboot` over SSH; denne kontrollen fortsetter til alle nodene har startet opp etter at sjekklisten begynte (Ctrl-C for å stoppe; kjør kommandoen på nytt for å fortsette).</translation>
    </message>
    <message>
        <source>The run to %1 started at %2 UTC is this step's: watching it.</source>
        <translation>Kjøringen til %1 som startet kl. %2 UTC, hører til dette trinnet: følger med på den.</translation>
    </message>
    <message>
        <source>upgradectl: none of the files given is the package for this step (%1). Add it to the command line and run it again: the guided upgrade resumes here.</source>
        <translation>upgradectl: ingen av de oppgitte filene er pakken for dette trinnet (%1). Legg den til på kommandolinjen og kjør kommandoen på nytt: den veiledede oppgraderingen fortsetter herfra.</translation>
    </message>
    <message>
        <source>upgradectl: this step still has systems left behind after %1 repeat runs. Look at them (upgradectl status), fix what keeps them back (reboot a stuck node, bring back one that cannot be contacted), then run this command again.</source>
        <translation>upgradectl: dette trinnet har fortsatt systemer som ble liggende etter, etter %1 nye kjøringer. Se på dem (upgradectl status), rett opp det som holder dem tilbake (start en node som står fast, på nytt, få tilbake en som ikke kan kontaktes), og kjør deretter denne kommandoen på nytt.</translation>
    </message>
    <message>
        <source>Run the upgrade again for the systems left behind?</source>
        <translation>Vil du kjøre oppgraderingen på nytt for systemene som ble liggende etter?</translation>
    </message>
    <message>
        <source>The Management Node no longer has this step's package: uploading it again.</source>
        <translation>Administrasjonsnoden har ikke lenger pakken for dette trinnet: laster den opp på nytt.</translation>
    </message>
    <message>
        <source>Repeat run started for the systems left behind.</source>
        <translation>Ny kjøring startet for systemene som ble liggende etter.</translation>
    </message>
    <message>
        <source>The guided upgrade is done: every system runs %1.</source>
        <translation>Den veiledede oppgraderingen er fullført: alle systemene kjører %1.</translation>
    </message>
    <message>
        <source>New configuration-only Conferencing Nodes must be deployed from the VM template of version %1; a template of another version does not work.</source>
        <translation>Nye rene konfigurasjonsnoder må settes opp fra VM-malen for versjon %1; en mal for en annen versjon fungerer ikke.</translation>
    </message>
    <message>
        <source>Configuration-only nodes in this deployment (upgraded like the others): %1.</source>
        <translation>Rene konfigurasjonsnoder i dette miljøet (oppgradert som de andre): %1.</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Rapport: %1</translation>
    </message>
    <message>
        <source>Resuming the guided upgrade begun %1 UTC by %2: %3.</source>
        <translation>Fortsetter den veiledede oppgraderingen som %2 startet %1 UTC: %3.</translation>
    </message>
    <message>
        <source>%1: %2%3 Conferencing Nodes</source>
        <translation>%1: %2%3 konferansenoder</translation>
    </message>
    <message>
        <source>the Management Node and </source>
        <translation>administrasjonsnoden og </translation>
    </message>
    <message>
        <source>Plan: %1. %2</source>
        <translation>Plan: %1. %2</translation>
    </message>
    <message>
        <source>upgradectl: %1 is version %2, which is no step of this plan (%3).</source>
        <translation>upgradectl: %1 er versjon %2, som ikke er et trinn i denne planen (%3).</translation>
    </message>
    <message>
        <source>upgradectl: none of the files given is the package for step %1 of %2 (version %3). Add the version %3 package to the command line.</source>
        <translation>upgradectl: ingen av de oppgitte filene er pakken for trinn %1 av %2 (versjon %3). Legg til pakken for versjon %3 på kommandolinjen.</translation>
    </message>
    <message>
        <source>Begin the guided upgrade?</source>
        <translation>Vil du starte den veiledede oppgraderingen?</translation>
    </message>
    <message>
        <source>The password is saved in the keychain for profile %1.</source>
        <translation>Passordet er lagret i nøkkelringen for profilen %1.</translation>
    </message>
    <message>
        <source>No system keychain is available here, so the password of profile %1 cannot be kept in it. Give it with --password-env VAR, or type it when asked.</source>
        <translation>Ingen systemnøkkelring er tilgjengelig her, så passordet for profilen %1 kan ikke lagres i den. Oppgi det med --password-env VAR, eller skriv det inn når du blir spurt.</translation>
    </message>
    <message>
        <source>Trust this certificate and pin it in profile %1?</source>
        <translation>Vil du klarere dette sertifikatet og feste det i profilen %1?</translation>
    </message>
    <message>
        <source>Trust this certificate for this run?</source>
        <translation>Vil du klarere dette sertifikatet for denne kjøringen?</translation>
    </message>
    <message>
        <source>Trusted for this run only. To trust it every time, give --pin %1, or save a profile with it (upgradectl profile save NAME --url URL --user NAME --pin %1).</source>
        <translation>Klarert bare for denne kjøringen. For å klarere det hver gang, oppgi --pin %1, eller lagre en profil med det (upgradectl profile save NAME --url URL --user NAME --pin %1).</translation>
    </message>
    <message>
        <source>The certificate is trusted for this run, but profile %1 could not keep the pin: %2</source>
        <translation>Sertifikatet er klarert for denne kjøringen, men profilen %1 kunne ikke beholde festingen: %2</translation>
    </message>
    <message>
        <source>usage: upgradectl [options] %1</source>
        <translation>bruk: upgradectl [valg] %1</translation>
    </message>
    <message>
        <source>unknown command "%1"; see upgradectl --help.</source>
        <translation>ukjent kommando "%1"; se upgradectl --help.</translation>
    </message>
    <message>
        <source>Administrator log: no unexpected errors.</source>
        <translation>Administratorloggen: ingen uventede feil.</translation>
    </message>
    <message>
        <source>Administrator log: unexpected errors: %1. Look at them before you call this upgrade done.</source>
        <translation>Administratorloggen: uventede feil: %1. Se på dem før du regner denne oppgraderingen som ferdig.</translation>
    </message>
    <message>
        <source>%1  unexpected error in the administrator log (%2 so far): %3 %4</source>
        <translation>%1  uventet feil i administratorloggen (%2 så langt): %3 %4</translation>
    </message>
    <message>
        <source>The Management Node is rebooting (expected during an upgrade); waiting for it to answer again… (Ctrl-C stops)</source>
        <translation>Administrasjonsnoden starter på nytt (forventet under en oppgradering); venter til den svarer igjen … (Ctrl-C stopper)</translation>
    </message>
    <message>
        <source>upgradectl could not keep its record of this run: %1</source>
        <translation>upgradectl kunne ikke lagre loggen over denne oppgraderingen: %1</translation>
    </message>
    <message>
        <source>A Management Node that does not report its runs has only the runs this workstation saw: keep upgradectl watch or the console open during an upgrade.</source>
        <translation>For en administrasjonsnode som ikke rapporterer oppgraderingene sine, finnes bare oppgraderingene denne arbeidsstasjonen så: hold upgradectl watch eller konsollen åpen under en oppgradering.</translation>
    </message>
    <message>
        <source>Administrator log: not available from this Management Node's API; read it in its web interface or on your syslog server before you call this upgrade done.</source>
        <translation>Administratorloggen: ikke tilgjengelig i denne administrasjonsnodens API; les den i nettgrensesnittet eller på syslog-serveren din før du erklærer oppgraderingen ferdig.</translation>
    </message>
    <message>
        <source>The Management Node does not answer. This workstation last saw it installing its upgrade, so this is taken for its reboot (up to an hour); waiting for it to answer again… (Ctrl-C stops)</source>
        <translation>Administrasjonsnoden svarer ikke. Denne arbeidsstasjonen så den sist installere oppgraderingen sin, så dette regnes som omstarten (opptil en time); venter på at den svarer igjen … (Ctrl-C stopper)</translation>
    </message>
    <message>
        <source>This Management Node has no reboot command in its API: reboot each of these in the hypervisor, or sign in to it over SSH and run `sudo reboot`: %1. Their calls (%2 in progress) are dropped. This check goes on until every node has booted since the checklist began (Ctrl-C to stop; run the command again to resume).</source>
        <translation>Denne administrasjonsnoden har ingen omstartskommando i API-et: start hver av disse på nytt i hypervisoren, eller logg inn på den over SSH og kjør `sudo reboot`: %1. Samtalene deres (%2 pågår) kobles fra. Denne kontrollen fortsetter til hver node har startet siden sjekklisten begynte (Ctrl-C for å stoppe; kjør kommandoen igjen for å fortsette).</translation>
    </message>
    <message>
        <source>The Management Node stopped answering: it is restarting. Waiting for it to answer again…</source>
        <translation>Administrasjonsnoden sluttet å svare: den starter på nytt. Venter på at den svarer igjen …</translation>
    </message>
    <message>
        <source>(Ctrl-C stops watching.)</source>
        <translation>(Ctrl-C slutter å følge med.)</translation>
    </message>
    <message>
        <source>upgradectl: no restart seen within %1 min. Check the system's console in the hypervisor; run this command again to go on watching.</source>
        <translation>upgradectl: ingen omstart sett innen %1 min. Se på systemets konsoll i hypervisoren; kjør kommandoen igjen for å følge med videre.</translation>
    </message>
    <message>
        <source>%1 restarted at %2 UTC.</source>
        <translation>%1 startet på nytt kl. %2 UTC.</translation>
    </message>
    <message>
        <source>This Management Node has no reboot command in its API: reboot its virtual machine in the hypervisor, or sign in to %1 over SSH and run `sudo reboot`.</source>
        <translation>Denne administrasjonsnoden har ingen omstartskommando i API-et: start den virtuelle maskinen på nytt i hypervisoren, eller logg inn på %1 over SSH og kjør `sudo reboot`.</translation>
    </message>
    <message>
        <source>This Management Node has no reboot command in its API: reboot %1 in the hypervisor, or sign in to %2 over SSH and run `sudo reboot`.</source>
        <translation>Denne administrasjonsnoden har ingen omstartskommando i API-et: start %1 på nytt i hypervisoren, eller logg inn på %2 over SSH og kjør `sudo reboot`.</translation>
    </message>
    <message>
        <source>upgradectl: the Management Node reports no status for this node, so its reboot cannot be seen from here. Check it in the hypervisor.</source>
        <translation>upgradectl: administrasjonsnoden rapporterer ingen status for denne noden, så omstarten kan ikke ses herfra. Sjekk den i hypervisoren.</translation>
    </message>
    <message>
        <source>The Management Node received the package whole and validated it.</source>
        <translation>Management Node mottok pakken hel og validerte den.</translation>
    </message>
    <message>
        <source>See what the deployment does with: upgradectl watch</source>
        <translation>Se hva installasjonen gjør med: upgradectl watch</translation>
    </message>
    <message>
        <source>Version:  %1 (from the file's name; the Management Node validates the inside)</source>
        <translation>Versjon:  %1 (fra filnavnet; Management Node validerer innholdet)</translation>
    </message>
    <message>
        <source>Interrupted: nothing was uploaded, nothing was started.</source>
        <translation>Avbrutt: ingenting ble lastet opp, ingenting ble startet.</translation>
    </message>
    <message>
        <source>The version comes from the file's name; the Management Node validates the inside.</source>
        <translation>Versjonen kommer fra filnavnet; Management Node validerer innholdet.</translation>
    </message>
    <message>
        <source>Interrupted: the upload was stopped and nothing was started. %1</source>
        <translation>Avbrutt: opplastingen ble stoppet, og ingenting ble startet. %1</translation>
    </message>
    <message>
        <source>
Interrupted: nothing was started. The package stays on the Management Node.</source>
        <translation>
Avbrutt: ingenting ble startet. Pakken blir liggende på Management Node.</translation>
    </message>
    <message>
        <source>Interrupted: nothing was started. The package stays on the Management Node.</source>
        <translation>Avbrutt: ingenting ble startet. Pakken blir liggende på Management Node.</translation>
    </message>
    <message>
        <source>Continuing the earlier upload of this file from byte %1 (%2 already on the Management Node).</source>
        <translation>Fortsetter den tidligere opplastingen av denne filen fra byte %1 (%2 ligger allerede på Management Node).</translation>
    </message>
    <message>
        <source>The Management Node holds this file whole from an earlier upload: it is validated again, not sent again.</source>
        <translation>Management Node har hele denne filen fra en tidligere opplasting: den valideres på nytt, men sendes ikke på nytt.</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) exist only in the configuration (not deployed): the run does not upgrade them.</source>
        <translation>
            <numerusform>%n node finnes bare i konfigurasjonen (ikke utrullet): kjøringen oppgraderer den ikke.</numerusform>
            <numerusform>%n noder finnes bare i konfigurasjonen (ikke utrullet): kjøringen oppgraderer dem ikke.</numerusform>
        </translation>
    </message>
    <message>
        <source>This Management Node takes the package and starts the upgrade in one step: yes uploads %1 now, and the upgrade begins as soon as the Management Node has all of it. Nothing has been sent yet.</source>
        <translation>Denne Management Node tar imot pakken og starter oppgraderingen i ett trinn: ja laster opp %1 nå, og oppgraderingen begynner så snart Management Node har hele pakken. Ingenting er sendt ennå.</translation>
    </message>
    <message>
        <source>Calls in progress now: %1.</source>
        <translation>Samtaler som pågår nå: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Forecast: about %1 with up to %n nodes upgraded at a time (longer while calls last).</source>
        <translation>
            <numerusform>Prognose: omtrent %1 med opptil %n node oppgradert om gangen (lenger mens samtaler varer).</numerusform>
            <numerusform>Prognose: omtrent %1 med opptil %n noder oppgradert om gangen (lenger mens samtaler varer).</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls on %1: %2</source>
        <translation>Samtaler på %1: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <source>  %1 in %2, connected since %3 UTC</source>
        <translation>  %1 i %2, tilkoblet siden %3 UTC</translation>
    </message>
    <message>
        <source>This Management Node's API has no participant disconnect command: end these calls from its web interface, or reboot the node (`upgradectl reboot %1`).</source>
        <translation>API-et til denne administrasjonsnoden har ingen kommando for å koble fra deltakere: avslutt samtalene fra webgrensesnittet, eller start noden på nytt (`upgradectl reboot %1`).</translation>
    </message>
    <message>
        <source>upgradectl: no call was disconnected without confirmation; add --yes to disconnect them from a script.</source>
        <translation>upgradectl: ingen samtale ble koblet fra uten bekreftelse; legg til --yes for å koble dem fra i et skript.</translation>
    </message>
    <message>
        <source>Disconnect these calls now?</source>
        <translation>Koble fra disse samtalene nå?</translation>
    </message>
    <message>
        <source>upgradectl: %1 was not disconnected: %2</source>
        <translation>upgradectl: %1 ble ikke koblet fra: %2</translation>
    </message>
    <message>
        <source>Calls disconnected from %1: %2.</source>
        <translation>Samtaler koblet fra %1: %2.</translation>
    </message>
    <message>
        <source>Calls still on %1: %2. Run this command again, or reboot the node.</source>
        <translation>Samtaler som fortsatt er på %1: %2. Kjør kommandoen igjen, eller start noden på nytt.</translation>
    </message>
    <message>
        <source>%1 has no calls now: if it was waiting for its calls to end in an upgrade, it goes on with its turn without a reboot.</source>
        <translation>%1 har ingen samtaler nå: hvis den ventet på at samtalene skulle ta slutt i en oppgradering, fortsetter den uten omstart.</translation>
    </message>
    <message>
        <source>To end only the calls and keep the node running: `upgradectl disconnect-calls %1`.</source>
        <translation>For å avslutte bare samtalene og la noden kjøre videre: `upgradectl disconnect-calls %1`.</translation>
    </message>
    <message>
        <source>upgradectl could not add this to its record for the run report: %1</source>
        <translation>upgradectl kunne ikke legge dette til i oversikten for kjørerapporten: %1</translation>
    </message>
    <message>
        <source>Alerts are not sent to the webhook %1: %2</source>
        <translation>Varsler sendes ikke til webhooken %1: %2</translation>
    </message>
    <message>
        <source>Alert webhook</source>
        <translation>Varslings-webhook</translation>
    </message>
    <message>
        <source>upgradectl: usage: upgradectl profile list | profile save NAME --url URL --user NAME [--pin SHA256 | --ca FILE] [--password-env VAR] [--webhook URL | --no-webhook] | profile remove NAME</source>
        <translation>upgradectl: bruk: upgradectl profile list | profile save NAVN --url URL --user NAVN [--pin SHA256 | --ca FIL] [--password-env VAR] [--webhook URL | --no-webhook] | profile remove NAVN</translation>
    </message>
    <message>
        <source>Profile %1 sends no alerts to a webhook.</source>
        <translation>Profilen %1 sender ingen varsler til en webhook.</translation>
    </message>
    <message>
        <source>Alerts of %1 go to the webhook %2 too; its URL is in the keychain.</source>
        <translation>Varsler for %1 går også til webhooken %2; URL-en ligger i nøkkelringen.</translation>
    </message>
    <message>
        <source>The alert webhook was not saved: its URL is a secret and is kept only in the keychain.</source>
        <translation>Varslings-webhooken ble ikke lagret: URL-en er en hemmelighet og lagres bare i nøkkelringen.</translation>
    </message>
    <message>
        <source>%1  ALERT  %2</source>
        <translation>%1  VARSEL  %2</translation>
    </message>
    <message>
        <source>%1  health check of %2: %3</source>
        <translation>%1  helsesjekk av %2: %3</translation>
    </message>
    <message>
        <source>The run is over; waiting for the health check of %1 (at most %2 min).</source>
        <translation>Kjøringen er over; venter på helsesjekken av %1 (høyst %2 min).</translation>
    </message>
    <message>
        <source>Confirmed. The upgrade starts at %1 (%2 UTC, Management Node clock); Ctrl-C cancels it, the package staying on the Management Node.</source>
        <translation>Bekreftet. Oppgraderingen starter %1 (%2 UTC, administrasjonsnodens klokke); Ctrl-C avbryter den, og pakken blir liggende på administrasjonsnoden.</translation>
    </message>
    <message>
        <source>Drain ahead works only inside the window %1 (local time).</source>
        <translation>Tømming på forhånd virker bare innenfor vinduet %1 (lokal tid).</translation>
    </message>
    <message>
        <source>Starting in %1…</source>
        <translation>Starter om %1…</translation>
    </message>
    <message>
        <source>
Interrupted: the scheduled start is cancelled and nothing was started. The package stays on the Management Node.</source>
        <translation>
Avbrutt: den planlagte starten er avbrutt, og ingenting ble startet. Pakken blir liggende på administrasjonsnoden.</translation>
    </message>
    <message>
        <source>4. Is there a recent backup of the configuration? (If not, answer no and make one with: upgradectl backup)</source>
        <translation>4. Finnes det en nylig sikkerhetskopi av konfigurasjonen? (Hvis ikke, svar nei og lag en med: upgradectl backup)</translation>
    </message>
    <message>
        <source>Take a fresh backup of the configuration now: upgradectl backup.</source>
        <translation>Ta en ny sikkerhetskopi av konfigurasjonen nå: upgradectl backup.</translation>
    </message>
</context>
</TS>
