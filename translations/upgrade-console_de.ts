<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AdminActionLog</name>
    <message>
        <source>The record of the admin's actions in %1 cannot be read (%2). Move the file aside to start a new record; the report then lacks the actions it held.</source>
        <translation>Die Aufzeichnung der Administratoraktionen in %1 kann nicht gelesen werden (%2). Verschieben Sie die Datei, um eine neue Aufzeichnung zu beginnen; dem Bericht fehlen dann die darin enthaltenen Aktionen.</translation>
    </message>
    <message>
        <source>written by another version</source>
        <translation>von einer anderen Version geschrieben</translation>
    </message>
    <message>
        <source>The record of the admin's actions in %1 stayed locked by another program; this action is not in it.</source>
        <translation>Die Aufzeichnung der Administratoraktionen in %1 blieb von einem anderen Programm gesperrt; diese Aktion ist nicht darin enthalten.</translation>
    </message>
</context>
<context>
    <name>AlertWebhook</name>
    <message>
        <source>The alert webhook's address is not usable: %1</source>
        <translation>Die Adresse des Alarm-Webhooks ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>give the whole URL the receiving tool gave you, starting with https://.</source>
        <translation>Geben Sie die ganze URL an, die Ihnen das empfangende Werkzeug gegeben hat, beginnend mit https://.</translation>
    </message>
    <message>
        <source>it must start with https:// (the URL is a secret: it is never sent unencrypted).</source>
        <translation>Sie muss mit https:// beginnen (die URL ist geheim: sie wird nie unverschlüsselt gesendet).</translation>
    </message>
    <message>
        <source>No PEM certificate could be read from %1.</source>
        <translation>Aus %1 konnte kein PEM-Zertifikat gelesen werden.</translation>
    </message>
    <message>
        <source>it answered HTTP %1</source>
        <translation>er antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>its certificate is not trusted</source>
        <translation>seinem Zertifikat wird nicht vertraut</translation>
    </message>
    <message>
        <source>it did not answer within %1 s</source>
        <translation>er antwortete nicht innerhalb von %1 s</translation>
    </message>
    <message>
        <source>it could not be reached (%1)</source>
        <translation>er war nicht erreichbar (%1)</translation>
    </message>
    <message>
        <source>The alert webhook at %1 did not take the alert "%2": %3. The console still shows it; check the webhook in the profile.</source>
        <translation>Der Alarm-Webhook unter %1 hat den Alarm „%2“ nicht angenommen: %3. Die Konsole zeigt ihn weiterhin; prüfen Sie den Webhook im Profil.</translation>
    </message>
</context>
<context>
    <name>Attempt</name>
    <message>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>upgraded</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>calls did not clear within the limit</source>
        <translation>Anrufe wurden nicht rechtzeitig beendet</translation>
    </message>
    <message>
        <source>node could not be contacted</source>
        <translation>Knoten war nicht erreichbar</translation>
    </message>
    <message>
        <source>installation failed</source>
        <translation>Installation fehlgeschlagen</translation>
    </message>
    <message>
        <source>abandoned by a Management Node reboot</source>
        <translation>abgebrochen durch einen Neustart des Management Nodes</translation>
    </message>
    <message>
        <source>stopped at the 24-hour limit</source>
        <translation>an der 24-Stunden-Grenze gestoppt</translation>
    </message>
</context>
<context>
    <name>CallList</name>
    <message>
        <source>Participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Verbunden seit</translation>
    </message>
</context>
<context>
    <name>ConnectJob</name>
    <message>
        <source>Enter the password of the user "%1", then press Connect.</source>
        <translation>Geben Sie das Passwort des Benutzers "%1" ein und klicken Sie dann auf "Verbinden".</translation>
    </message>
    <message>
        <source>Not connected: the certificate was not trusted.</source>
        <translation>Nicht verbunden: Dem Zertifikat wurde nicht vertraut.</translation>
    </message>
    <message>
        <source>Alerts stay on this desktop: the alert webhook's address could not be read from the keychain (%1).</source>
        <translation>Alarme bleiben auf diesem Desktop: Die Adresse des Alarm-Webhooks konnte nicht aus dem Schlüsselbund gelesen werden (%1).</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>A demo deployment has from 1 to %1 Conferencing Nodes.</source>
        <translation>Eine Demo-Umgebung hat 1 bis %1 Konferenzknoten.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the demo's files. Check that your cache folder exists and that you may write to it.</source>
        <translation>Der Ordner %1 für die Dateien der Demo konnte nicht angelegt werden. Prüfen Sie, ob Ihr Cache-Ordner existiert und Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the demo: %1</source>
        <translation>Für die Demo konnte kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>The demo deployment did not start: %1</source>
        <translation>Die Demo-Umgebung ist nicht gestartet: %1</translation>
    </message>
    <message numerus="yes">
        <source>Demo deployment (%n simulated Conferencing Nodes)</source>
        <translation>
            <numerusform>Demo-Umgebung (%n simulierter Konferenzknoten)</numerusform>
            <numerusform>Demo-Umgebung (%n simulierte Konferenzknoten)</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo deployment is not running.</source>
        <translation>Die Demo-Umgebung läuft nicht.</translation>
    </message>
    <message>
        <source>, API of a real Management Node (%1)</source>
        <translation>, API eines echten Management Node (%1)</translation>
    </message>
    <message>
        <source>, API with this project's extensions (extended)</source>
        <translation>, API mit den Erweiterungen dieses Projekts (extended)</translation>
    </message>
</context>
<context>
    <name>DeploymentFiles</name>
    <message>
        <source>another program</source>
        <translation>ein anderes Programm</translation>
    </message>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation>%1 (Prozess %2 auf %3)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>This deployment is in use by %1.</source>
        <translation>Diese Umgebung wird von %1 verwendet.</translation>
    </message>
</context>
<context>
    <name>DrainAheadRunner</name>
    <message>
        <source>Drained ahead of its upgrade turn by Infinity Upgrade Console; it takes the node out again once it is upgraded</source>
        <translation>Vor seinem Upgrade-Durchgang von Infinity Upgrade Console in den Wartungsmodus versetzt; sie nimmt den Knoten wieder heraus, sobald er aktualisiert ist</translation>
    </message>
</context>
<context>
    <name>DrainRecord</name>
    <message>
        <source>The record of the nodes drained ahead in %1 cannot be read (%2). Check the nodes' maintenance mode on the Management Node, then move the file aside.</source>
        <translation>Die Aufzeichnung der vorab geleerten Knoten in %1 kann nicht gelesen werden (%2). Prüfen Sie den Wartungsmodus der Knoten auf dem Management Node und verschieben Sie dann die Datei.</translation>
    </message>
    <message>
        <source>written by another version</source>
        <translation>von einer anderen Version geschrieben</translation>
    </message>
</context>
<context>
    <name>EngineSettings</name>
    <message>
        <source>max_parallel must be between 1 and %1, not %2.</source>
        <translation>max_parallel muss zwischen 1 und %1 liegen, nicht bei %2.</translation>
    </message>
    <message>
        <source>The %1 must be longer than zero.</source>
        <translation>Die Einstellung %1 muss länger als null sein.</translation>
    </message>
    <message>
        <source>drain timeout</source>
        <translation>„Zeitlimit für laufende Anrufe“</translation>
    </message>
    <message>
        <source>run deadline</source>
        <translation>„Frist des Upgrade-Laufs“</translation>
    </message>
    <message>
        <source>re-initiation lock</source>
        <translation>„Sperre für neue Upgrades“</translation>
    </message>
    <message>
        <source>preparing duration</source>
        <translation>„Dauer der Vorbereitung“</translation>
    </message>
    <message>
        <source>unreachable retry</source>
        <translation>„Wiederholung bei Unerreichbarkeit“</translation>
    </message>
    <message>
        <source>install timeout</source>
        <translation>„Zeitlimit der Installation“</translation>
    </message>
    <message>
        <source>reboot timeout</source>
        <translation>„Zeitlimit des Neustarts“</translation>
    </message>
</context>
<context>
    <name>GuidedUpgrade</name>
    <message>
        <source>The Management Node reports a version this console cannot read ("%1"), so no upgrade path can be planned. Check the version on its status page, and use a newer console.</source>
        <translation>Der Management Node meldet eine Version, die diese Konsole nicht lesen kann ("%1"), daher lässt sich kein Upgrade-Pfad planen. Prüfen Sie die Version auf seiner Statusseite und verwenden Sie eine neuere Konsole.</translation>
    </message>
    <message>
        <source>An upgrade to %1 is running now (%2 of %3 systems upgraded). Let it finish, then start the guided upgrade again: it plans from what is installed then.</source>
        <translation>Ein Upgrade auf %1 läuft gerade (%2 von %3 Systemen aktualisiert). Lassen Sie es abschließen und starten Sie dann das geführte Upgrade erneut: Es plant dann anhand dessen, was installiert ist.</translation>
    </message>
    <message>
        <source>Every system runs %1, the newest version the upgrade paths know. There is nothing to do.</source>
        <translation>Alle Systeme laufen mit %1, der neuesten Version, die die Upgrade-Pfade kennen. Es gibt nichts zu tun.</translation>
    </message>
    <message>
        <source>finish the interrupted upgrade to %1 (the nodes still on an older version)</source>
        <translation>das unterbrochene Upgrade auf %1 abschließen (die Knoten, die noch auf einer älteren Version sind)</translation>
    </message>
    <message>
        <source>upgrade to v%1</source>
        <translation>auf v%1 aktualisieren</translation>
    </message>
    <message>
        <source>Steps: %1.</source>
        <translation>Schritte: %1.</translation>
    </message>
    <message>
        <source>This file is the package for %1, but this step finishes the interrupted upgrade: it needs the package of the version the Management Node already runs, %2. Choose that file.</source>
        <translation>Diese Datei ist das Paket für %1, aber dieser Schritt schließt das unterbrochene Upgrade ab: Er braucht das Paket der Version, mit der der Management Node bereits läuft, %2. Wählen Sie diese Datei.</translation>
    </message>
    <message>
        <source>This file is the package for version %1, but this step upgrades to version %2. Choose the version %2 package (its file name usually contains "%2").</source>
        <translation>Diese Datei ist das Paket für Version %1, aber dieser Schritt aktualisiert auf Version %2. Wählen Sie das Paket der Version %2 (sein Dateiname enthält meist "%2").</translation>
    </message>
    <message>
        <source>There are no Conferencing Nodes to reboot.</source>
        <translation>Es gibt keine Konferenzknoten zum Neustarten.</translation>
    </message>
    <message>
        <source>%1 of %2 Conferencing Nodes rebooted since the checklist began.</source>
        <translation>%1 von %2 Konferenzknoten seit Beginn der Checkliste neu gestartet.</translation>
    </message>
    <message>
        <source>Rebooting now: %1.</source>
        <translation>Werden gerade neu gestartet: %1.</translation>
    </message>
    <message>
        <source>Not rebooted yet: %1.</source>
        <translation>Noch nicht neu gestartet: %1.</translation>
    </message>
    <message>
        <source>Cannot be contacted, so their reboot cannot be verified: %1. Bring them back, or remove them from the deployment, before upgrading.</source>
        <translation>Nicht erreichbar, daher lässt sich ihr Neustart nicht prüfen: %1. Bringen Sie sie zurück oder entfernen Sie sie aus der Umgebung, bevor Sie aktualisieren.</translation>
    </message>
    <message>
        <source>All %1 systems run %2 and have no upgrade in progress.</source>
        <translation>Alle %1 Systeme laufen mit %2, und bei keinem ist ein Upgrade aktiv.</translation>
    </message>
    <message>
        <source>Not on %1 yet: %2.</source>
        <translation>Noch nicht auf %1: %2.</translation>
    </message>
    <message>
        <source>Still busy: %1.</source>
        <translation>Noch beschäftigt: %1.</translation>
    </message>
    <message>
        <source>The saved progress of the guided upgrade cannot be read (%1). Nothing was changed on the deployment; start the guided upgrade again: it plans from what is installed now.</source>
        <translation>Der gespeicherte Fortschritt des geführten Upgrades kann nicht gelesen werden (%1). An der Umgebung wurde nichts geändert; starten Sie das geführte Upgrade erneut: Es plant anhand dessen, was jetzt installiert ist.</translation>
    </message>
    <message>
        <source>Step %1 of %2: finish the upgrade to %3</source>
        <translation>Schritt %1 von %2: Upgrade auf %3 abschließen</translation>
    </message>
    <message>
        <source>Step %1 of %2: to v%3</source>
        <translation>Schritt %1 von %2: auf v%3</translation>
    </message>
    <message>
        <source>Pre-flight checklist</source>
        <translation>Checkliste vor dem Start</translation>
    </message>
    <message>
        <source>Every step is done</source>
        <translation>Alle Schritte sind abgeschlossen</translation>
    </message>
    <message>
        <source>%1: choose and upload the package</source>
        <translation>%1: Paket auswählen und hochladen</translation>
    </message>
    <message>
        <source>%1: watching the upgrade</source>
        <translation>%1: Upgrade wird verfolgt</translation>
    </message>
    <message>
        <source>%1: verified</source>
        <translation>%1: geprüft</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the guided upgrade's progress. Check that you may write there.</source>
        <translation>Der Ordner %1 für den Fortschritt des geführten Upgrades konnte nicht erstellt werden. Prüfen Sie, ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>Could not save the guided upgrade's progress to %1: %2. Free some disk space or fix the folder's permissions; the upgrade itself goes on on the Management Node.</source>
        <translation>Der Fortschritt des geführten Upgrades konnte nicht unter %1 gespeichert werden: %2. Geben Sie Speicherplatz frei oder korrigieren Sie die Berechtigungen des Ordners; das Upgrade selbst läuft auf dem Management Node weiter.</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>A guided upgrade of this deployment is already open in %1. Only one may run at a time: finish or close that one first.</source>
        <translation>Ein geführtes Upgrade dieser Umgebung ist bereits in %1 geöffnet. Es kann immer nur eines laufen: Schließen Sie das andere zuerst ab, oder schließen Sie es.</translation>
    </message>
    <message>
        <source>a new version</source>
        <translation>eine neue Version</translation>
    </message>
</context>
<context>
    <name>NodeStatus</name>
    <message>
        <source>No upgrade in progress</source>
        <translation>Kein Upgrade aktiv</translation>
    </message>
    <message>
        <source>Nothing is happening to this node right now: its turn has not come yet, or it has already finished and restarted. Its installed version tells which.</source>
        <translation>Mit diesem Knoten geschieht gerade nichts: Er ist noch nicht an der Reihe, oder er ist bereits fertig und neu gestartet. Die installierte Version zeigt, was zutrifft.</translation>
    </message>
    <message>
        <source>Upgrade pending</source>
        <translation>Upgrade ausstehend</translation>
    </message>
    <message>
        <source>The node is queued for this upgrade. It keeps serving calls until the nodes ahead of it are done.</source>
        <translation>Der Knoten steht für dieses Upgrade in der Warteschlange. Er nimmt weiter Anrufe an, bis die Knoten vor ihm fertig sind.</translation>
    </message>
    <message>
        <source>Preparing to upgrade</source>
        <translation>Upgrade wird vorbereitet</translation>
    </message>
    <message>
        <source>The node's turn has begun: it now turns away new calls and is shutting down its services.</source>
        <translation>Der Knoten ist an der Reihe: Er weist jetzt neue Anrufe ab und fährt seine Dienste herunter.</translation>
    </message>
    <message>
        <source>Waiting for calls to clear</source>
        <translation>Wartet auf das Ende der Anrufe</translation>
    </message>
    <message>
        <source>The node takes no new calls and waits for its current ones to end. If it seems stuck, rebooting it drops those calls and lets the upgrade go on.</source>
        <translation>Der Knoten nimmt keine neuen Anrufe an und wartet, bis die laufenden beendet sind. Scheint er festzuhängen, bricht ein Neustart diese Anrufe ab, und das Upgrade geht weiter.</translation>
    </message>
    <message>
        <source>Timeout waiting for calls to clear</source>
        <translation>Anrufe nicht rechtzeitig beendet</translation>
    </message>
    <message>
        <source>Calls were still running an hour into this node's turn, so it accepts calls again and has gone to the end of the queue. It is tried again after the others.</source>
        <translation>Eine Stunde nach Beginn seiner Runde liefen noch Anrufe. Der Knoten nimmt daher wieder Anrufe an und steht jetzt am Ende der Warteschlange. Er wird nach den anderen erneut versucht.</translation>
    </message>
    <message>
        <source>Upgrade in progress</source>
        <translation>Upgrade läuft</translation>
    </message>
    <message>
        <source>The new software is being copied to the node and installed, which usually takes a few minutes. Configuration changes reach it only after it restarts.</source>
        <translation>Die neue Software wird auf den Knoten kopiert und installiert; das dauert meist einige Minuten. Konfigurationsänderungen erreichen ihn erst nach dem Neustart.</translation>
    </message>
    <message>
        <source>Rebooting</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>The install is complete and the node is restarting. It should be back on the new version shortly.</source>
        <translation>Die Installation ist abgeschlossen, und der Knoten startet neu. Er sollte in Kürze mit der neuen Version zurück sein.</translation>
    </message>
    <message>
        <source>Could not communicate with conferencing node</source>
        <translation>Keine Verbindung zum Konferenzknoten</translation>
    </message>
    <message>
        <source>The Management Node cannot reach this node. The upgrade carries on without it and tries it again later; check the node's network and virtual machine.</source>
        <translation>Der Management Node erreicht diesen Knoten nicht. Das Upgrade läuft ohne ihn weiter und versucht ihn später erneut; prüfen Sie das Netzwerk und die virtuelle Maschine des Knotens.</translation>
    </message>
    <message>
        <source>(no status)</source>
        <translation>(kein Status)</translation>
    </message>
    <message>
        <source>The Management Node sent no status for this node, so this console cannot tell where it stands in the upgrade.</source>
        <translation>Der Management Node hat für diesen Knoten keinen Status gesendet; die Konsole kann daher nicht sagen, wo er im Upgrade steht.</translation>
    </message>
    <message>
        <source>This console does not know the status "%1" and shows it as the Management Node reported it. A newer version of the console may know what it means.</source>
        <translation>Die Konsole kennt den Status "%1" nicht und zeigt ihn so an, wie der Management Node ihn gemeldet hat. Eine neuere Version der Konsole kennt seine Bedeutung möglicherweise.</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1 (abgeleitet)</translation>
    </message>
    <message>
        <source>The Management Node reported "%1", which this console does not know; it inferred the status from the node's maintenance mode, calls, version and contact.</source>
        <translation>Der Management Node meldete „%1“, was diese Konsole nicht kennt; sie hat den Status aus Wartungsmodus, Anrufen, Version und Erreichbarkeit des Knotens abgeleitet.</translation>
    </message>
</context>
<context>
    <name>ObservedRunStore</name>
    <message>
        <source>The console's record of earlier upgrade runs could not be read (%1); it was moved to %2 and a new record begins.</source>
        <translation>Die Aufzeichnung der Konsole über frühere Upgrades konnte nicht gelesen werden (%1); sie wurde nach %2 verschoben, und eine neue Aufzeichnung beginnt.</translation>
    </message>
</context>
<context>
    <name>PackageManifest</name>
    <message>
        <source>The package's manifest (manifest.json) is not valid: %1. The package is damaged or was not made for this console; download it again from Pexip.</source>
        <translation>Das Manifest des Pakets (manifest.json) ist ungültig: %1. Das Paket ist beschädigt oder nicht für diese Konsole bestimmt; laden Sie es erneut von Pexip herunter.</translation>
    </message>
    <message>
        <source>the field "%1" is missing</source>
        <translation>das Feld "%1" fehlt</translation>
    </message>
    <message>
        <source>the field "%1" must be text in quotes</source>
        <translation>das Feld "%1" muss Text in Anführungszeichen sein</translation>
    </message>
    <message>
        <source>the field "%1" is empty</source>
        <translation>das Feld "%1" ist leer</translation>
    </message>
    <message>
        <source>the field "%1" holds "%2", which is not a version like "11 (71234.0.0)"</source>
        <translation>das Feld "%1" enthält "%2"; das ist keine Version wie "11 (71234.0.0)"</translation>
    </message>
    <message>
        <source>the field "%1" holds "%2", which is not a build number like "71234.0.0"</source>
        <translation>das Feld "%1" enthält "%2"; das ist keine Build-Nummer wie "71234.0.0"</translation>
    </message>
    <message>
        <source>the field "%1" (%2) does not match the build number in "%3" (%4)</source>
        <translation>das Feld "%1" (%2) passt nicht zur Build-Nummer in "%3" (%4)</translation>
    </message>
    <message>
        <source>it is %1 bytes long, more than the %2 bytes a manifest may have</source>
        <translation>es ist %1 Byte lang, mehr als die %2 Byte, die ein Manifest haben darf</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>es ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>it must hold a JSON object with the package's fields</source>
        <translation>es muss ein JSON-Objekt mit den Feldern des Pakets enthalten</translation>
    </message>
    <message>
        <source>This package is for "%1", not for %2, so it cannot upgrade this deployment. Choose the %2 upgrade package instead.</source>
        <translation>Dieses Paket ist für "%1" bestimmt, nicht für %2, und kann diese Umgebung daher nicht aktualisieren. Wählen Sie stattdessen das Upgrade-Paket für %2.</translation>
    </message>
    <message>
        <source>the field "%1" must be a whole number such as %2</source>
        <translation>das Feld "%1" muss eine ganze Zahl sein, etwa %2</translation>
    </message>
    <message>
        <source>the field "%1" is %2, but this console reads only format %3 (a newer console may read this package)</source>
        <translation>das Feld "%1" ist %2, aber diese Konsole liest nur Format %3 (eine neuere Konsole kann dieses Paket eventuell lesen)</translation>
    </message>
    <message>
        <source>the field "%1" holds "%2", which is not a date like "2026-03-01"</source>
        <translation>das Feld "%1" enthält "%2"; das ist kein Datum wie "2026-03-01"</translation>
    </message>
    <message>
        <source>the field "%1" (%2) is newer than the package's own version (%3)</source>
        <translation>das Feld "%1" (%2) ist neuer als die Version des Pakets selbst (%3)</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>the package holds more than one manifest.json</source>
        <translation>das Paket enthält mehr als eine manifest.json</translation>
    </message>
</context>
<context>
    <name>PackageReader</name>
    <message>
        <source>SHA-256 computation failed</source>
        <translation>Berechnung von SHA-256 fehlgeschlagen</translation>
    </message>
    <message>
        <source>The file "%1" cannot be read (%2). Check that your account may read it and that the disk or network share holding it is still available, then try again.</source>
        <translation>Die Datei "%1" kann nicht gelesen werden (%2). Prüfen Sie, ob Ihr Konto sie lesen darf und ob der Datenträger oder die Netzwerkfreigabe mit der Datei noch verfügbar ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>"%1" is a PDF document, not an upgrade package; perhaps the release notes were picked instead of the package. Choose the upgrade package file itself (a .tar file).</source>
        <translation>"%1" ist ein PDF-Dokument, kein Upgrade-Paket; vielleicht wurden die Versionshinweise statt des Pakets gewählt. Wählen Sie die Datei des Upgrade-Pakets selbst (eine .tar-Datei).</translation>
    </message>
    <message>
        <source>"%1" is a ZIP archive, not an upgrade package. If the package was sent zipped, extract it and choose the .tar file inside.</source>
        <translation>"%1" ist ein ZIP-Archiv, kein Upgrade-Paket. Wurde das Paket gezippt geschickt, entpacken Sie es und wählen Sie die enthaltene .tar-Datei.</translation>
    </message>
    <message>
        <source>"%1" is compressed (%2), but upgrade packages are plain tar archives. Decompress it first and choose the resulting .tar file.</source>
        <translation>"%1" ist komprimiert (%2), Upgrade-Pakete sind aber unkomprimierte tar-Archive. Dekomprimieren Sie die Datei zuerst und wählen Sie die entstandene .tar-Datei.</translation>
    </message>
    <message>
        <source>"%1" is not an upgrade package: every Pexip Infinity upgrade package is a tar archive, and this file is not one. Choose the upgrade package downloaded from Pexip (a .tar file).</source>
        <translation>"%1" ist kein Upgrade-Paket: Jedes Upgrade-Paket für Pexip Infinity ist ein tar-Archiv, und diese Datei ist keines. Wählen Sie das von Pexip heruntergeladene Upgrade-Paket (eine .tar-Datei).</translation>
    </message>
    <message>
        <source>"%1" is a virtual machine image (OVA), which deploys a new node; it cannot upgrade one. Choose the upgrade package for the version you want instead.</source>
        <translation>"%1" ist ein Image einer virtuellen Maschine (OVA), mit dem ein neuer Knoten bereitgestellt wird; es kann keinen aktualisieren. Wählen Sie stattdessen das Upgrade-Paket für die gewünschte Version.</translation>
    </message>
    <message>
        <source>"%1" is incomplete: the file stops after %2 bytes, before the end of the archive. The download or copy was probably interrupted. Download the package again and check that its size matches the one on the download page.</source>
        <translation>"%1" ist unvollständig: Die Datei endet nach %2 Byte, vor dem Ende des Archivs. Der Download oder das Kopieren wurde vermutlich unterbrochen. Laden Sie das Paket erneut herunter und prüfen Sie, ob die Größe mit der auf der Downloadseite übereinstimmt.</translation>
    </message>
    <message>
        <source>"%1" is damaged: its archive structure is broken near byte %2 (%3). Download the package again.</source>
        <translation>"%1" ist beschädigt: Die Archivstruktur ist in der Nähe von Byte %2 defekt (%3). Laden Sie das Paket erneut herunter.</translation>
    </message>
    <message>
        <source>Checking "%1" was cancelled. Nothing was changed; check the package again to upload it.</source>
        <translation>Die Prüfung von "%1" wurde abgebrochen. Es wurde nichts geändert; prüfen Sie das Paket erneut, um es hochzuladen.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <source>There is no file "%1". It may have been moved, renamed or deleted; choose the package again.</source>
        <translation>Die Datei "%1" existiert nicht. Sie wurde möglicherweise verschoben, umbenannt oder gelöscht; wählen Sie das Paket erneut.</translation>
    </message>
    <message>
        <source>"%1" is a folder, not a file. Choose the upgrade package file inside it.</source>
        <translation>"%1" ist ein Ordner, keine Datei. Wählen Sie die Datei des Upgrade-Pakets darin.</translation>
    </message>
    <message>
        <source>"%1" is not a regular file (it may be a device or a pipe). Choose the upgrade package file.</source>
        <translation>"%1" ist keine reguläre Datei (vielleicht ein Gerät oder eine Pipe). Wählen Sie die Datei des Upgrade-Pakets.</translation>
    </message>
    <message>
        <source>"%1" is empty (0 bytes), so it cannot be an upgrade package. The download probably failed; download the package again.</source>
        <translation>"%1" ist leer (0 Byte) und kann daher kein Upgrade-Paket sein. Der Download ist vermutlich fehlgeschlagen; laden Sie das Paket erneut herunter.</translation>
    </message>
    <message>
        <source>SHA-256 is not available</source>
        <translation>SHA-256 ist nicht verfügbar</translation>
    </message>
    <message>
        <source>"%1" is a tar archive but not an upgrade package: its name is not the vendor's (Pexip_Infinity_v&lt;version&gt;_UPGRADE_&lt;build&gt;.tar) and it holds no manifest.json naming a product and version. Choose the Pexip Infinity upgrade package under the name it was downloaded with.</source>
        <translation>„%1“ ist ein tar-Archiv, aber kein Upgrade-Paket: Der Name ist nicht der des Herstellers (Pexip_Infinity_v&lt;Version&gt;_UPGRADE_&lt;Build&gt;.tar), und es enthält keine manifest.json mit Produkt und Version. Wählen Sie das Pexip-Infinity-Upgrade-Paket unter dem Namen, mit dem es heruntergeladen wurde.</translation>
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
            <numerusform>Konferenzknoten, die noch auf %1 sind: %n. Es ist kein Weg bekannt, von dort auf %2 zu aktualisieren: %3</numerusform>
            <numerusform>Konferenzknoten, die noch auf %1 sind: %n. Es ist kein Weg bekannt, von dort auf %2 zu aktualisieren: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conferencing Nodes still on %1, which cannot be upgraded straight to %2: %n. Bring every node to %3 first (install the %3 package again: it upgrades only the nodes that lag behind), then install this package.</source>
        <translation>
            <numerusform>Konferenzknoten, die noch auf %1 sind und nicht direkt auf %2 aktualisiert werden können: %n. Bringen Sie zuerst alle Knoten auf %3 (installieren Sie das %3-Paket erneut: Es aktualisiert nur die zurückliegenden Knoten) und installieren Sie dann dieses Paket.</numerusform>
            <numerusform>Konferenzknoten, die noch auf %1 sind und nicht direkt auf %2 aktualisiert werden können: %n. Bringen Sie zuerst alle Knoten auf %3 (installieren Sie das %3-Paket erneut: Es aktualisiert nur die zurückliegenden Knoten) und installieren Sie dann dieses Paket.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conferencing Nodes still on %1: %n. This package installs only on %2 or later. Bring every node to %2 or later first, then install this package.</source>
        <translation>
            <numerusform>Konferenzknoten, die noch auf %1 sind: %n. Dieses Paket lässt sich nur auf %2 oder neuer installieren. Bringen Sie zuerst alle Knoten auf %2 oder neuer und installieren Sie dann dieses Paket.</numerusform>
            <numerusform>Konferenzknoten, die noch auf %1 sind: %n. Dieses Paket lässt sich nur auf %2 oder neuer installieren. Bringen Sie zuerst alle Knoten auf %2 oder neuer und installieren Sie dann dieses Paket.</numerusform>
        </translation>
    </message>
    <message>
        <source>This package is %1, older than the %2 that the Management Node runs, and an upgrade never goes backwards. To return to %1, restore the Management Node from the hypervisor snapshot taken before it was upgraded, then restore each Conferencing Node from its own snapshot, or deploy the Conferencing Nodes again.</source>
        <translation>Dieses Paket ist %1 und damit älter als %2 auf dem Management Node; ein Upgrade geht nie rückwärts. Um zu %1 zurückzukehren, stellen Sie den Management Node aus dem Hypervisor-Snapshot wieder her, der vor seinem Upgrade erstellt wurde, und dann jeden Konferenzknoten aus seinem eigenen Snapshot – oder stellen Sie die Konferenzknoten neu bereit.</translation>
    </message>
    <message>
        <source>Every system in this deployment already runs %1: there is nothing to upgrade.</source>
        <translation>Alle Systeme dieser Umgebung laufen bereits mit %1: Es gibt nichts zu aktualisieren.</translation>
    </message>
    <message numerus="yes">
        <source>The Management Node already runs %1; Conferencing Nodes not on it yet: %n. Installing the package again upgrades only those nodes.</source>
        <translation>
            <numerusform>Der Management Node läuft bereits mit %1; Konferenzknoten, die noch nicht darauf sind: %n. Wird das Paket erneut installiert, werden nur diese Knoten aktualisiert.</numerusform>
            <numerusform>Der Management Node läuft bereits mit %1; Konferenzknoten, die noch nicht darauf sind: %n. Wird das Paket erneut installiert, werden nur diese Knoten aktualisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>This deployment runs %1, and %2 cannot be installed on it directly. Upgrade to %3 first, then install this package.</source>
        <translation>Diese Umgebung läuft mit %1, und %2 lässt sich nicht direkt darauf installieren. Aktualisieren Sie zuerst auf %3 und installieren Sie dann dieses Paket.</translation>
    </message>
    <message>
        <source>This package installs only on %1 or later, but the Management Node runs %2. Upgrade to %1 or later first, then install this package.</source>
        <translation>Dieses Paket lässt sich nur auf %1 oder neuer installieren, der Management Node läuft aber mit %2. Aktualisieren Sie zuerst auf %1 oder neuer und installieren Sie dann dieses Paket.</translation>
    </message>
    <message numerus="yes">
        <source>Upgrade from %1 to %2. Systems to upgrade: %n, the Management Node first.</source>
        <translation>
            <numerusform>Upgrade von %1 auf %2. Zu aktualisierende Systeme: %n, der Management Node zuerst.</numerusform>
            <numerusform>Upgrade von %1 auf %2. Zu aktualisierende Systeme: %n, der Management Node zuerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>There is no saved profile called "%1". Pick one from the list, or save a new one.</source>
        <translation>Es gibt kein gespeichertes Profil namens "%1". Wählen Sie eines aus der Liste oder speichern Sie ein neues.</translation>
    </message>
    <message>
        <source>The profile list could not be saved to %1. Check that the folder exists and that you may write to it.</source>
        <translation>Die Profilliste konnte nicht unter %1 gespeichert werden. Prüfen Sie, ob der Ordner existiert und Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>The address contains a user name or password. Remove it from the address: enter the user in the User field; the password is kept in the system keychain, never in the profile.</source>
        <translation>Die Adresse enthält einen Benutzernamen oder ein Passwort. Entfernen Sie diese aus der Adresse: Geben Sie den Benutzer im Feld "Benutzer" ein; das Passwort wird im Schlüsselbund des Systems aufbewahrt, nie im Profil.</translation>
    </message>
    <message>
        <source>The address is not a web address the console can use. Enter the Management Node's address, for example https://manager.example.com.</source>
        <translation>Die Adresse ist keine Webadresse, die die Konsole verwenden kann. Geben Sie die Adresse des Management Nodes ein, zum Beispiel https://manager.example.com.</translation>
    </message>
    <message>
        <source>The address uses plain http://, which is allowed only for this computer (localhost, 127.0.0.1 or [::1]): anyone on the network could read the password. Use https://%1 instead.</source>
        <translation>Die Adresse verwendet unverschlüsseltes http://, das nur für diesen Computer erlaubt ist (localhost, 127.0.0.1 oder [::1]): Jeder im Netzwerk könnte das Passwort mitlesen. Verwenden Sie stattdessen https://%1.</translation>
    </message>
    <message>
        <source>The profile needs a name, for example the deployment's site, so it can be picked from the list.</source>
        <translation>Das Profil braucht einen Namen, zum Beispiel den Standort der Umgebung, damit es in der Liste ausgewählt werden kann.</translation>
    </message>
    <message>
        <source>The profile needs a user: the Management Node account to sign in with (an account with the read-only role is enough for a wall display).</source>
        <translation>Das Profil braucht einen Benutzer: das Konto auf dem Management Node, mit dem die Anmeldung erfolgt (für eine Wandanzeige genügt ein Konto mit reinem Lesezugriff).</translation>
    </message>
    <message>
        <source>The pinned certificate fingerprint is not a SHA-256 fingerprint: it must be 32 pairs of hexadecimal digits, such as AB:CD:… . Leave it empty to check the certificate on the next connection again.</source>
        <translation>Der festgelegte Zertifikat-Fingerabdruck ist kein SHA-256-Fingerabdruck: Er muss aus 32 Paaren hexadezimaler Ziffern bestehen, etwa AB:CD:… . Lassen Sie ihn leer, um das Zertifikat bei der nächsten Verbindung erneut zu prüfen.</translation>
    </message>
    <message>
        <source>The refresh interval must be between %1 and %2 seconds; 5 seconds is the usual choice.</source>
        <translation>Das Aktualisierungsintervall muss zwischen %1 und %2 Sekunden liegen; üblich sind 5 Sekunden.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Remove the syslog server</source>
        <translation>Syslog-Server entfernen</translation>
    </message>
    <message>
        <source>Remove %1, port %2 from the syslog servers of the Management Node %3?

The console added it to receive the administrator log. Kept, the Management Node goes on sending there.</source>
        <translation>%1, Port %2 aus den Syslog-Servern des Management Node %3 entfernen?

Die Konsole hat ihn hinzugefügt, um das Administratorprotokoll zu empfangen. Bleibt er, sendet der Management Node weiter dorthin.</translation>
    </message>
    <message>
        <source>The Management Node kept the syslog server: %1
Remove it in its web interface, under System &gt; Syslog servers.</source>
        <translation>Der Management Node hat den Syslog-Server behalten: %1
Entfernen Sie ihn in seiner Weboberfläche unter System &gt; Syslog servers.</translation>
    </message>
</context>
<context>
    <name>RunOutcome</name>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>stopped at the 24-hour limit</source>
        <translation>an der 24-Stunden-Grenze gestoppt</translation>
    </message>
    <message>
        <source>abandoned (Management Node rebooted)</source>
        <translation>abgebrochen (Management Node neu gestartet)</translation>
    </message>
    <message>
        <source>Management Node upgrade failed</source>
        <translation>Upgrade des Management Nodes fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message>
        <source>not included (already on the version)</source>
        <translation>nicht enthalten (bereits auf der Version)</translation>
    </message>
    <message>
        <source>upgraded</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>left behind</source>
        <translation>zurückgeblieben</translation>
    </message>
    <message>
        <source>Upgrade report</source>
        <translation>Upgrade-Bericht</translation>
    </message>
    <message>
        <source>Upgrade report: %1</source>
        <translation>Upgrade-Bericht: %1</translation>
    </message>
    <message>
        <source>Exported by %1 at %2 UTC (Management Node clock).</source>
        <translation>Exportiert von %1 um %2 UTC (Uhr des Management Nodes).</translation>
    </message>
    <message>
        <source>Run %1: to %2 (%3)</source>
        <translation>Durchlauf %1: auf %2 (%3)</translation>
    </message>
    <message>
        <source>Started %1, ended %2; %3 of %4 systems upgraded; package SHA-256 %5.</source>
        <translation>Gestartet %1, beendet %2; %3 von %4 Systemen aktualisiert; SHA-256 des Pakets %5.</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>From version</source>
        <translation>Von Version</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Upgraded at (UTC)</source>
        <translation>Aktualisiert um (UTC)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Recorded by the console from what it saw: this Management Node does not report upgrade runs. The start is when the console first saw the run; attempts are inferred.</source>
        <translation>Von der Konsole aus dem aufgezeichnet, was sie sah: dieser Management Node meldet keine Upgrades. Der Beginn ist der Zeitpunkt, zu dem die Konsole das Upgrade zuerst sah; die Versuche sind abgeleitet.</translation>
    </message>
    <message>
        <source>rebooted by %1 (%2 calls dropped)</source>
        <translation>neu gestartet von %1 (%2 Anrufe getrennt)</translation>
    </message>
    <message>
        <source>calls disconnected by %1: %2</source>
        <translation>Anrufe getrennt von %1: %2</translation>
    </message>
    <message>
        <source>Admin actions</source>
        <translation>Administratoraktionen</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>nicht bestanden: %1</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Zustandsprüfung</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>"%1" is not a time of day; write it as HH:MM, e.g. 02:00.</source>
        <translation>„%1“ ist keine Uhrzeit; schreiben Sie sie als HH:MM, z. B. 02:00.</translation>
    </message>
    <message>
        <source>"%1" is not a time of day; write it as HH:MM, e.g. 06:00.</source>
        <translation>„%1“ ist keine Uhrzeit; schreiben Sie sie als HH:MM, z. B. 06:00.</translation>
    </message>
    <message>
        <source>The window ends when it starts (%1): give an end after the start, or none.</source>
        <translation>Das Fenster endet, wenn es beginnt (%1): Geben Sie ein Ende nach dem Beginn an oder keines.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
</context>
<context>
    <name>UpgradeEngine</name>
    <message>
        <source>The package's version could not be read.</source>
        <translation>Die Version des Pakets konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>An upgrade started at %1 UTC is still running. A new upgrade can be started when it finishes, or at the latest at %2 UTC. To start one sooner, reboot the Management Node: this abandons the run in progress.</source>
        <translation>Ein um %1 UTC gestartetes Upgrade läuft noch. Ein neues Upgrade kann gestartet werden, wenn es endet, spätestens um %2 UTC. Um früher eines zu starten, starten Sie den Management Node neu: Das bricht den laufenden Durchlauf ab.</translation>
    </message>
    <message>
        <source>The package (%1) is older than the Management Node's version (%2). A downgrade is done by restoring the snapshots taken before the upgrade.</source>
        <translation>Das Paket (%1) ist älter als die Version des Management Nodes (%2). Ein Downgrade erfolgt durch Wiederherstellen der vor dem Upgrade erstellten Snapshots.</translation>
    </message>
    <message>
        <source>Every system already runs %1: there is nothing to upgrade.</source>
        <translation>Alle Systeme laufen bereits mit %1: Es gibt nichts zu aktualisieren.</translation>
    </message>
    <message>
        <source>The node could not be contacted when its turn came.</source>
        <translation>Der Knoten war nicht erreichbar, als er an der Reihe war.</translation>
    </message>
    <message>
        <source>The node reported no progress while installing.</source>
        <translation>Der Knoten hat während der Installation keinen Fortschritt gemeldet.</translation>
    </message>
    <message>
        <source>The node did not come back after its upgrade reboot.</source>
        <translation>Der Knoten ist nach dem Neustart für das Upgrade nicht zurückgekommen.</translation>
    </message>
    <message>
        <source>The node came back on version %1.</source>
        <translation>Der Knoten ist mit Version %1 zurückgekommen.</translation>
    </message>
    <message>
        <source>Contact with the node was lost during its turn.</source>
        <translation>Die Verbindung zum Knoten ging während seiner Runde verloren.</translation>
    </message>
    <message>
        <source>The node was rebooted while installing.</source>
        <translation>Der Knoten wurde während der Installation neu gestartet.</translation>
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
        <translation>ein unbekannter Zeitpunkt</translation>
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
        <translation>Die Regeln für Upgrade-Pfade sind ungültig: %1.</translation>
    </message>
    <message>
        <source>"%1" is not a known field</source>
        <translation>"%1" ist kein bekanntes Feld</translation>
    </message>
    <message>
        <source>"%1" is missing</source>
        <translation>"%1" fehlt</translation>
    </message>
    <message>
        <source>"%1" must be a whole number from 1 to %2</source>
        <translation>"%1" muss eine ganze Zahl von 1 bis %2 sein</translation>
    </message>
    <message>
        <source>"%1" must be a list with at least one entry</source>
        <translation>"%1" muss eine Liste mit mindestens einem Eintrag sein</translation>
    </message>
    <message>
        <source>"%1" must be an object</source>
        <translation>"%1" muss ein Objekt sein</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes</source>
        <translation>die Datei ist größer als %1 Byte</translation>
    </message>
    <message>
        <source>The upgrade-path rules are not valid JSON: %1 at byte %2.</source>
        <translation>Die Regeln für Upgrade-Pfade sind kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>die oberste Ebene muss ein Objekt sein</translation>
    </message>
    <message>
        <source>The upgrade-path rules use format %1, but this build reads only format %2. A newer console may read them.</source>
        <translation>Die Regeln für Upgrade-Pfade verwenden Format %1, diese Version liest aber nur Format %2. Eine neuere Konsole kann sie eventuell lesen.</translation>
    </message>
    <message>
        <source>%1 is listed as a target more than once</source>
        <translation>%1 ist mehr als einmal als Ziel aufgeführt</translation>
    </message>
    <message>
        <source>%1: "min" (%2) is greater than "max" (%3)</source>
        <translation>%1: "min" (%2) ist größer als "max" (%3)</translation>
    </message>
    <message>
        <source>%1: "max" (%2) must be below the target version %3</source>
        <translation>%1: "max" (%2) muss unter der Zielversion %3 liegen</translation>
    </message>
    <message>
        <source>%1: "via" (%2) must lie above "max" (%3) and below the target version %4</source>
        <translation>%1: "via" (%2) muss über "max" (%3) und unter der Zielversion %4 liegen</translation>
    </message>
    <message>
        <source>%1 and %2 both cover %3 for the target %4</source>
        <translation>%1 und %2 decken beide %3 für das Ziel %4 ab</translation>
    </message>
    <message>
        <source>%1 sends %2 through %3, but no rule leads from %2 to %3</source>
        <translation>%1 leitet %2 über %3, aber keine Regel führt von %2 zu %3</translation>
    </message>
    <message>
        <source>An upgrade can only be planned from a known installed version to a known package version; one of them is missing.</source>
        <translation>Ein Upgrade lässt sich nur von einer bekannten installierten Version auf eine bekannte Paketversion planen; eine davon fehlt.</translation>
    </message>
    <message>
        <source>The package is version %1, older than the installed version %2, and an upgrade cannot go backwards. To return to an older version, restore the Management Node from the hypervisor snapshot taken before it was upgraded, then restore each Conferencing Node from its own snapshot or deploy it again from the Management Node.</source>
        <translation>Das Paket hat Version %1 und ist damit älter als die installierte Version %2; ein Upgrade kann nicht rückwärts gehen. Um zu einer älteren Version zurückzukehren, stellen Sie den Management Node aus dem Hypervisor-Snapshot wieder her, der vor seinem Upgrade erstellt wurde, und dann jeden Konferenzknoten aus seinem eigenen Snapshot oder stellen ihn vom Management Node aus neu bereit.</translation>
    </message>
    <message>
        <source>This console has no upgrade-path rules, so it cannot plan an upgrade to %1. Reinstall the console or check for a newer version of it.</source>
        <translation>Die Konsole hat keine Regeln für Upgrade-Pfade und kann daher kein Upgrade auf %1 planen. Installieren Sie die Konsole neu oder suchen Sie nach einer neueren Version.</translation>
    </message>
    <message>
        <source>This console knows upgrade paths only to these versions: %1. It has none to %2. If %2 is a newer release, check for a newer version of the console.</source>
        <translation>Die Konsole kennt nur Upgrade-Pfade zu diesen Versionen: %1. Zu %2 kennt sie keinen. Ist %2 eine neuere Version, suchen Sie nach einer neueren Version der Konsole.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>This console knows no upgrade path from %1 to %2: it can reach %2 only from %3. A newer version of the console may know more paths; if not, ask Pexip support how to upgrade from %1.</source>
        <translation>Die Konsole kennt keinen Upgrade-Pfad von %1 auf %2: Sie erreicht %2 nur von %3 aus. Eine neuere Version der Konsole kennt vielleicht mehr Pfade; falls nicht, fragen Sie den Pexip-Support, wie Sie von %1 aus aktualisieren.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <source>Nothing to do: the deployment already runs %1.</source>
        <translation>Nichts zu tun: Die Umgebung läuft bereits mit %1.</translation>
    </message>
    <message>
        <source>Upgrade directly to %1.</source>
        <translation>Direkt auf %1 aktualisieren.</translation>
    </message>
    <message>
        <source>Upgrade to %1 first, then to %2.</source>
        <translation>Zuerst auf %1 aktualisieren, dann auf %2.</translation>
    </message>
    <message>
        <source>Upgrade in %1 steps, in this order: %2.</source>
        <translation>In %1 Schritten aktualisieren, in dieser Reihenfolge: %2.</translation>
    </message>
</context>
<context>
    <name>Version</name>
    <message>
        <source>"%1" is not a version. A version looks like "11" or "24 (55691.0.0)".</source>
        <translation>"%1" ist keine Version. Eine Version sieht aus wie "11" oder "24 (55691.0.0)".</translation>
    </message>
    <message>
        <source>No version was given. A version looks like "11" or "24 (55691.0.0)".</source>
        <translation>Es wurde keine Version angegeben. Eine Version sieht aus wie "11" oder "24 (55691.0.0)".</translation>
    </message>
    <message>
        <source>"%1" (%2 characters) is too long to be a version. A version looks like "11" or "24 (55691.0.0)".</source>
        <translation>"%1" (%2 Zeichen) ist zu lang für eine Version. Eine Version sieht aus wie "11" oder "24 (55691.0.0)".</translation>
    </message>
    <message>
        <source>"%1" is not a version: the number %2 is too large. A version looks like "11" or "24 (55691.0.0)".</source>
        <translation>"%1" ist keine Version: Die Zahl %2 ist zu groß. Eine Version sieht aus wie "11" oder "24 (55691.0.0)".</translation>
    </message>
</context>
<context>
    <name>WallNotices</name>
    <message>
        <source>then start the wall again.</source>
        <translation>starten Sie dann die Wandanzeige erneut.</translation>
    </message>
    <message>
        <source>then start the wall again (upgrade-console --wall --profile "%1").</source>
        <translation>starten Sie dann die Wandanzeige erneut (upgrade-console --wall --profile "%1").</translation>
    </message>
    <message>
        <source>The Management Node refused the user name or password</source>
        <translation>Der Management Node hat den Benutzernamen oder das Passwort abgelehnt</translation>
    </message>
    <message>
        <source>The wall shows nothing new until it can sign in. In the console, connect with this profile, type the read-only account's password and tick Remember password; %1</source>
        <translation>Die Wandanzeige zeigt nichts Neues, bis sie sich anmelden kann. Verbinden Sie sich in der Konsole mit diesem Profil, geben Sie das Passwort des Kontos mit reinem Lesezugriff ein und kreuzen Sie "Passwort merken" an; %1</translation>
    </message>
    <message>
        <source>This account may not read the deployment's status</source>
        <translation>Dieses Konto darf den Status der Umgebung nicht lesen</translation>
    </message>
    <message>
        <source>Ask the Management Node's administrator for an account with the read-only role; %1</source>
        <translation>Bitten Sie den Administrator des Management Nodes um ein Konto mit reinem Lesezugriff; %1</translation>
    </message>
    <message>
        <source>The Management Node's certificate is not the trusted one</source>
        <translation>Das Zertifikat des Management Nodes ist nicht das vertrauenswürdige</translation>
    </message>
    <message>
        <source>Nothing was sent. %1 Check the certificate in the console (File ▸ Connect…, Edit…); %2</source>
        <translation>Es wurde nichts gesendet. %1 Prüfen Sie das Zertifikat in der Konsole (Datei ▸ Verbinden…, Bearbeiten…); %2</translation>
    </message>
    <message>
        <source>The wall stopped asking the Management Node</source>
        <translation>Die Wandanzeige fragt den Management Node nicht mehr ab</translation>
    </message>
    <message>
        <source>%1 Fix this in the console; %2</source>
        <translation>%1 Beheben Sie das in der Konsole; %2</translation>
    </message>
    <message>
        <source>The Management Node is rebooting as part of the upgrade — expected</source>
        <translation>Der Management Node startet im Rahmen des Upgrades neu — erwartet</translation>
    </message>
    <message>
        <source>The Management Node is rebooting</source>
        <translation>Der Management Node startet neu</translation>
    </message>
    <message>
        <source>Its API is away while it restarts; the wall reconnects by itself. What you see is from before the reboot (%1 old).</source>
        <translation>Seine API ist während des Neustarts nicht erreichbar; die Wandanzeige verbindet sich von selbst wieder. Was Sie sehen, stammt von vor dem Neustart (%1 alt).</translation>
    </message>
    <message>
        <source>No answer from the Management Node</source>
        <translation>Keine Antwort vom Management Node</translation>
    </message>
    <message>
        <source>%1 The wall keeps trying by itself; if this lasts, check the network between this screen and %2.</source>
        <translation>%1 Die Wandanzeige versucht es von selbst weiter; hält dies an, prüfen Sie das Netzwerk zwischen diesem Bildschirm und %2.</translation>
    </message>
    <message>
        <source>Stale data: last update %1 ago</source>
        <translation>Veraltete Daten: letzte Aktualisierung vor %1</translation>
    </message>
    <message>
        <source>Nothing below is current. The wall refreshes every %1 and shows this after three missed refreshes.</source>
        <translation>Nichts darunter ist aktuell. Die Wandanzeige aktualisiert sich alle %1 und zeigt dies nach drei ausgebliebenen Aktualisierungen.</translation>
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
        <translation>Zeitüberschreitung bei %1</translation>
    </message>
    <message>
        <source>its calls did not clear within the hour the Management Node waits; it goes to the back of the queue.</source>
        <translation>Seine Anrufe endeten nicht innerhalb der Stunde, die der Management Node wartet; er kommt ans Ende der Warteschlange.</translation>
    </message>
    <message>
        <source>Look at its calls: disconnect them if they may end, or let it retry later.</source>
        <translation>Sehen Sie sich seine Anrufe an: Trennen Sie sie, wenn sie enden dürfen, oder lassen Sie ihn später erneut versuchen.</translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation>%1 nicht erreichbar</translation>
    </message>
    <message>
        <source>the Management Node cannot reach it; the run goes on without it.</source>
        <translation>Der Management Node erreicht ihn nicht; der Durchlauf geht ohne ihn weiter.</translation>
    </message>
    <message>
        <source>Check the node in its hypervisor and its network; once it answers, the Management Node tries it again.</source>
        <translation>Prüfen Sie den Knoten in seinem Hypervisor und sein Netzwerk; sobald er antwortet, versucht der Management Node es erneut.</translation>
    </message>
    <message>
        <source>The run will be cut at 24 hours</source>
        <translation>Der Durchlauf wird nach 24 Stunden abgebrochen</translation>
    </message>
    <message>
        <source>Conferencing Nodes the forecast leaves on the old version when the Management Node stops the run: %1.</source>
        <translation>Konferenzknoten, die laut Prognose auf der alten Version bleiben, wenn der Management Node den Durchlauf stoppt: %1.</translation>
    </message>
    <message>
        <source>Turn on drain ahead, disconnect calls on waiting nodes, or plan a second run for the rest.</source>
        <translation>Schalten Sie „Vorab leeren“ ein, trennen Sie Anrufe auf wartenden Knoten oder planen Sie einen zweiten Durchlauf für den Rest.</translation>
    </message>
    <message>
        <source>The upgrade finished</source>
        <translation>Das Upgrade ist abgeschlossen</translation>
    </message>
    <message>
        <source>%1 of %2 systems are on %3.</source>
        <translation>%1 von %2 Systemen sind auf %3.</translation>
    </message>
    <message>
        <source>Export the report for the change record.</source>
        <translation>Exportieren Sie den Bericht für das Änderungsprotokoll.</translation>
    </message>
    <message>
        <source>The upgrade stopped</source>
        <translation>Das Upgrade wurde gestoppt</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 systems upgraded).</source>
        <translation>%1 (%2 von %3 Systemen aktualisiert).</translation>
    </message>
    <message>
        <source>Look at the nodes left behind; upload the package again to upgrade only those.</source>
        <translation>Sehen Sie sich die übrig gebliebenen Knoten an; laden Sie das Paket erneut hoch, um nur diese zu aktualisieren.</translation>
    </message>
    <message>
        <source>An ERROR in the administrator log</source>
        <translation>Ein ERROR im Administratorprotokoll</translation>
    </message>
    <message>
        <source>%1 ERRORs in the administrator log</source>
        <translation>ERROR-Zeilen im Administratorprotokoll: %1</translation>
    </message>
    <message>
        <source>Read the log panel; this is not one of the errors an upgrade is expected to log.</source>
        <translation>Lesen Sie den Protokollbereich; dies ist keiner der Fehler, die ein Upgrade erwartungsgemäß protokolliert.</translation>
    </message>
    <message>
        <source>%1 failed its health check</source>
        <translation>%1 hat die Zustandsprüfung nicht bestanden</translation>
    </message>
    <message>
        <source>Drain ahead is stopped. Look at the node before more nodes go down; the Management Node goes on with its run.</source>
        <translation>„Vorab leeren“ ist gestoppt. Sehen Sie sich den Knoten an, bevor weitere Knoten heruntergefahren werden; der Management Node setzt seinen Durchlauf fort.</translation>
    </message>
    <message>
        <source>Look at the node before more nodes go down; the Management Node goes on with its run.</source>
        <translation>Sehen Sie sich den Knoten an, bevor weitere Knoten heruntergefahren werden; der Management Node setzt seinen Durchlauf fort.</translation>
    </message>
    <message>
        <source>No contact with the Management Node</source>
        <translation>Kein Kontakt zum Management Node</translation>
    </message>
    <message>
        <source>no good refresh for %1%2.</source>
        <translation>seit %1%2 keine erfolgreiche Aktualisierung.</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>The console keeps trying. Check the network to the Management Node; during its own upgrade it reboots for a few minutes.</source>
        <translation>Die Konsole versucht es weiter. Prüfen Sie das Netzwerk zum Management Node; während seines eigenen Upgrades startet er für einige Minuten neu.</translation>
    </message>
</context>
<context>
    <name>iuc::Backup</name>
    <message>
        <source>This Management Node has no backup command in its API: create the backup in its web interface (Utilities ▸ Backup/restore).</source>
        <translation>Dieser Management Node hat keinen Sicherungsbefehl in seiner API: Erstellen Sie die Sicherung in seiner Weboberfläche (Utilities ▸ Backup/restore).</translation>
    </message>
    <message>
        <source>This Management Node's backup command takes fields the console does not know (%1): create the backup in its web interface.</source>
        <translation>Der Sicherungsbefehl dieses Management Node erwartet Felder, die die Konsole nicht kennt (%1): Erstellen Sie die Sicherung in seiner Weboberfläche.</translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>keine aufgeführt</translation>
    </message>
</context>
<context>
    <name>iuc::DeploymentModel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
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
        <translation>%1 (reiner Konfigurationsknoten)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Installed version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Time in status</source>
        <translation>Zeit im Status</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>after the 24-hour stop</source>
        <translation>nach dem 24-Stunden-Stopp</translation>
    </message>
    <message>
        <source>The forecast puts this node after the run's 24-hour stop: this run will not reach it. Once the run stops, a repeat run upgrades the systems left behind.</source>
        <translation>Laut Prognose kommt dieser Knoten erst nach dem 24-Stunden-Stopp des Durchlaufs an die Reihe: Dieser Durchlauf erreicht ihn nicht. Sobald der Durchlauf gestoppt hat, aktualisiert ein erneutes Upgrade die zurückgebliebenen Systeme.</translation>
    </message>
    <message>
        <source>≈%1</source>
        <translation>≈%1</translation>
    </message>
    <message>
        <source>Inferred by this console from what it saw during the run: this Management Node does not report it.</source>
        <translation>Von dieser Konsole aus dem abgeleitet, was sie während des Upgrades sah: dieser Management Node meldet es nicht.</translation>
    </message>
    <message>
        <source>The console's check after the node's upgrade: %1</source>
        <translation>Die Prüfung der Konsole nach dem Upgrade des Knotens: %1</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Zustandsprüfung</translation>
    </message>
</context>
<context>
    <name>iuc::DeploymentSession</name>
    <message>
        <source>%1 — data %2 old</source>
        <translation>%1 — Daten %2 alt</translation>
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
        <translation>Vorab leeren wirkt, während die Konferenzknoten aktualisiert werden; ein solcher Durchlauf läuft gerade nicht. Schalten Sie es ein, sobald der Management Node aktualisiert ist und die Konferenzknoten an der Reihe sind.</translation>
    </message>
</context>
<context>
    <name>iuc::HealthChecks</name>
    <message>
        <source>checking</source>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>passed (%1)</source>
        <translation>bestanden (%1)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>nicht bestanden: %1</translation>
    </message>
    <message>
        <source>reports version %1, not %2</source>
        <translation>meldet Version %1, nicht %2</translation>
    </message>
    <message>
        <source>out of contact with the Management Node</source>
        <translation>ohne Kontakt zum Management Node</translation>
    </message>
    <message>
        <source>sync status %1</source>
        <translation>Synchronisierungsstatus %1</translation>
    </message>
    <message>
        <source>alarm %1</source>
        <translation>Alarm %1</translation>
    </message>
    <message>
        <source>alarm %1 (%2)</source>
        <translation>Alarm %1 (%2)</translation>
    </message>
    <message>
        <source>kept in maintenance mode by an administrator</source>
        <translation>von einem Administrator im Wartungsmodus gehalten</translation>
    </message>
    <message>
        <source>still in maintenance mode</source>
        <translation>noch im Wartungsmodus</translation>
    </message>
    <message>
        <source>takes no calls (media load %1 %)</source>
        <translation>nimmt keine Anrufe an (Medienlast %1 %)</translation>
    </message>
</context>
<context>
    <name>iuc::LogModel</name>
    <message>
        <source>Administrator log</source>
        <translation>Administratorprotokoll</translation>
    </message>
    <message>
        <source>Expected while an upgrade runs: the node is being reconfigured or restarted. No action is needed.</source>
        <translation>Während eines Upgrades zu erwarten: Der Knoten wird neu konfiguriert oder neu gestartet. Es ist nichts zu tun.</translation>
    </message>
    <message>
        <source>Not one of the errors an upgrade causes: look into it.</source>
        <translation>Kein Fehler, den ein Upgrade verursacht: Gehen Sie ihm nach.</translation>
    </message>
    <message>
        <source>This line is not in the usual log format; it is shown as received.</source>
        <translation>Diese Zeile hat nicht das übliche Protokollformat; sie wird so angezeigt, wie sie empfangen wurde.</translation>
    </message>
</context>
<context>
    <name>iuc::ManualReboots</name>
    <message>
        <source>the Management Node</source>
        <translation>der Management Node</translation>
    </message>
    <message>
        <source>Waiting for %1 to restart (you reboot it in the hypervisor or over SSH).</source>
        <translation>Warten auf den Neustart von %1 (Sie starten ihn im Hypervisor oder über SSH neu).</translation>
    </message>
</context>
<context>
    <name>iuc::NodeCalls</name>
    <message>
        <source>There is no Conferencing Node "%1" in this deployment.</source>
        <translation>In dieser Installation gibt es keinen Konferenzknoten „%1“.</translation>
    </message>
</context>
<context>
    <name>iuc::RunSummary</name>
    <message>
        <source>No upgrade has run</source>
        <translation>Noch kein Upgrade gelaufen</translation>
    </message>
    <message>
        <source>Upgrading the Management Node</source>
        <translation>Management Node wird aktualisiert</translation>
    </message>
    <message>
        <source>Upgrading Conferencing Nodes</source>
        <translation>Konferenzknoten werden aktualisiert</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped at the 24-hour limit</source>
        <translation>An der 24-Stunden-Grenze gestoppt</translation>
    </message>
    <message>
        <source>Abandoned (Management Node rebooted)</source>
        <translation>Abgebrochen (Management Node neu gestartet)</translation>
    </message>
    <message>
        <source>Management Node upgrade failed</source>
        <translation>Upgrade des Management Nodes fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown state</source>
        <translation>Unbekannter Zustand</translation>
    </message>
    <message>
        <source>%1: upgrade to %2; %3 of %4 systems upgraded in %5.</source>
        <translation>%1: Upgrade auf %2; %3 von %4 Systemen in %5 aktualisiert.</translation>
    </message>
    <message>
        <source>%1 to %2: %3 of %4 systems upgraded, %5 elapsed, %6 to the 24-hour stop.</source>
        <translation>%1 auf %2: %3 von %4 Systemen aktualisiert, %5 vergangen, %6 bis zum 24-Stunden-Stopp.</translation>
    </message>
    <message>
        <source>Forecast: the 24-hour stop will cut the run short; %1 Conferencing Nodes would be left behind.</source>
        <translation>Prognose: Der 24-Stunden-Stopp wird den Durchlauf vorzeitig beenden; zurückbleibende Konferenzknoten: %1.</translation>
    </message>
    <message>
        <source>Forecast finish: %1.</source>
        <translation>Voraussichtlich fertig: %1.</translation>
    </message>
    <message>
        <source>Ended with systems not upgraded</source>
        <translation>Beendet mit nicht aktualisierten Systemen</translation>
    </message>
    <message>
        <source>the new version</source>
        <translation>die neue Version</translation>
    </message>
</context>
<context>
    <name>iuc::SecretStore</name>
    <message>
        <source>No password is saved for %1. Enter the password; the console can save it in the system keychain for next time.</source>
        <translation>Für %1 ist kein Passwort gespeichert. Geben Sie das Passwort ein; die Konsole kann es für das nächste Mal im Schlüsselbund des Systems speichern.</translation>
    </message>
    <message>
        <source>The system keychain refused to hand out the saved password for %1: it is locked, or access was denied. Unlock the keychain (or allow the console access) and try again, or enter the password.</source>
        <translation>Der Schlüsselbund des Systems hat die Herausgabe des gespeicherten Passworts für %1 verweigert: Er ist gesperrt, oder der Zugriff wurde abgelehnt. Entsperren Sie den Schlüsselbund (oder erlauben Sie der Konsole den Zugriff) und versuchen Sie es erneut, oder geben Sie das Passwort ein.</translation>
    </message>
    <message>
        <source>The system keychain refused to save the password for %1: it is locked, or access was denied. Unlock the keychain (or allow the console access) and save again.</source>
        <translation>Der Schlüsselbund des Systems hat das Speichern des Passworts für %1 verweigert: Er ist gesperrt, oder der Zugriff wurde abgelehnt. Entsperren Sie den Schlüsselbund (oder erlauben Sie der Konsole den Zugriff) und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>The system keychain refused to remove the saved password for %1: it is locked, or access was denied. Unlock the keychain (or allow the console access) and try again.</source>
        <translation>Der Schlüsselbund des Systems hat das Entfernen des gespeicherten Passworts für %1 verweigert: Er ist gesperrt, oder der Zugriff wurde abgelehnt. Entsperren Sie den Schlüsselbund (oder erlauben Sie der Konsole den Zugriff) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No system keychain is available in this desktop session (no Secret Service such as GNOME Keyring or KWallet is running), so a password saved earlier for %1 could not be removed; the copy kept for this session is gone. Start or unlock your keyring and remove it again, or delete it with the keyring's own tool.</source>
        <translation>In dieser Desktop-Sitzung ist kein Schlüsselbund des Systems verfügbar (es läuft kein Secret Service wie GNOME Keyring oder KWallet), daher konnte ein früher für %1 gespeichertes Passwort nicht entfernt werden; die für diese Sitzung gehaltene Kopie ist gelöscht. Starten oder entsperren Sie Ihren Schlüsselbund und entfernen Sie es erneut, oder löschen Sie es mit dem eigenen Werkzeug des Schlüsselbunds.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so a password saved earlier for %1 could not be removed; the copy kept for this session is gone. Try again when the keychain is available.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, daher konnte ein früher für %1 gespeichertes Passwort nicht entfernt werden; die für diese Sitzung gehaltene Kopie ist gelöscht. Versuchen Sie es erneut, wenn der Schlüsselbund verfügbar ist.</translation>
    </message>
    <message>
        <source>No system keychain is available in this desktop session (no Secret Service such as GNOME Keyring or KWallet is running), so no saved password can be read for %1. Enter the password: it will be kept only until the console closes. To have it saved, start or unlock your keyring and connect again.</source>
        <translation>In dieser Desktop-Sitzung ist kein Schlüsselbund des Systems verfügbar (es läuft kein Secret Service wie GNOME Keyring oder KWallet), daher kann für %1 kein gespeichertes Passwort gelesen werden. Geben Sie das Passwort ein: Es wird nur bis zum Schließen der Konsole aufbewahrt. Damit es gespeichert wird, starten oder entsperren Sie Ihren Schlüsselbund und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so no saved password can be read for %1. Enter the password: it will be kept only until the console closes.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, daher kann für %1 kein gespeichertes Passwort gelesen werden. Geben Sie das Passwort ein: Es wird nur bis zum Schließen der Konsole aufbewahrt.</translation>
    </message>
    <message>
        <source>This system's keychain does not support storing passwords for the console, so nothing is saved for %1. Enter the password each time you connect.</source>
        <translation>Der Schlüsselbund dieses Systems unterstützt das Speichern von Passwörtern für die Konsole nicht, daher wird für %1 nichts gespeichert. Geben Sie das Passwort bei jeder Verbindung ein.</translation>
    </message>
    <message>
        <source>The system keychain could not remove the saved password for %1 (%2). Try again, or remove the entry with the keychain's own tool.</source>
        <translation>Der Schlüsselbund des Systems konnte das gespeicherte Passwort für %1 nicht entfernen (%2). Versuchen Sie es erneut oder entfernen Sie den Eintrag mit dem eigenen Werkzeug des Schlüsselbunds.</translation>
    </message>
    <message>
        <source>The system keychain could not read the saved password for %1: %2. Enter the password instead; if this keeps happening, check that the keychain is running and unlocked.</source>
        <translation>Der Schlüsselbund des Systems konnte das gespeicherte Passwort für %1 nicht lesen: %2. Geben Sie stattdessen das Passwort ein; wenn das wiederholt geschieht, prüfen Sie, ob der Schlüsselbund läuft und entsperrt ist.</translation>
    </message>
    <message>
        <source>The system keychain could not save the password for %1: %2. The console can still connect with the password you entered, but will ask for it again next time.</source>
        <translation>Der Schlüsselbund des Systems konnte das Passwort für %1 nicht speichern: %2. Die Konsole kann sich trotzdem mit dem eingegebenen Passwort verbinden, fragt aber beim nächsten Mal erneut danach.</translation>
    </message>
    <message>
        <source>The system keychain could not remove the saved password for %1: %2. Try again, or remove the entry with the keychain's own tool.</source>
        <translation>Der Schlüsselbund des Systems konnte das gespeicherte Passwort für %1 nicht entfernen: %2. Versuchen Sie es erneut oder entfernen Sie den Eintrag mit dem eigenen Werkzeug des Schlüsselbunds.</translation>
    </message>
    <message>
        <source>The keychain entry has no name (the profile's name or user is missing), so nothing was read or saved. Complete the profile and try again.</source>
        <translation>Der Eintrag im Schlüsselbund hat keinen Namen (Name oder Benutzer des Profils fehlt), daher wurde nichts gelesen oder gespeichert. Vervollständigen Sie das Profil und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The console stopped waiting for the system keychain (the part of the console that asked is gone). Try again.</source>
        <translation>Die Konsole hat aufgehört, auf den Schlüsselbund des Systems zu warten (der Teil der Konsole, der angefragt hat, existiert nicht mehr). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No system keychain is available in this desktop session: no Secret Service such as GNOME Keyring or KWallet is running (or the keyring was never set up). The password is kept in memory only until the console closes, and you will be asked for it again next time. To save it, start or unlock your keyring and enter the password again.</source>
        <translation>In dieser Desktop-Sitzung ist kein Schlüsselbund des Systems verfügbar: Es läuft kein Secret Service wie GNOME Keyring oder KWallet (oder der Schlüsselbund wurde nie eingerichtet). Das Passwort bleibt nur bis zum Schließen der Konsole im Speicher und wird beim nächsten Mal erneut abgefragt. Um es zu speichern, starten oder entsperren Sie Ihren Schlüsselbund und geben Sie das Passwort erneut ein.</translation>
    </message>
    <message>
        <source>The system keychain is not available. The password is kept in memory only until the console closes, and you will be asked for it again next time.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar. Das Passwort bleibt nur bis zum Schließen der Konsole im Speicher und wird beim nächsten Mal erneut abgefragt.</translation>
    </message>
</context>
<context>
    <name>iuc::SyslogLink</name>
    <message>
        <source>Infinity Upgrade Console: the administrator log during an upgrade</source>
        <translation>Infinity Upgrade Console: das Administratorprotokoll während eines Upgrades</translation>
    </message>
</context>
<context>
    <name>iuc::api::Capabilities</name>
    <message>
        <source>unknown (the Management Node served no schema)</source>
        <translation>unbekannt (der Management Node lieferte kein Schema)</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>single upload (configuration/v1/upgrade/)</source>
        <translation>einzelner Upload (configuration/v1/upgrade/)</translation>
    </message>
    <message>
        <source>resumable upload request (configuration/v1/upgrade_request/)</source>
        <translation>fortsetzbare Upload-Anfrage (configuration/v1/upgrade_request/)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>recent versions</source>
        <translation>neuere Versionen</translation>
    </message>
    <message>
        <source>v24 era</source>
        <translation>Zeit von v24</translation>
    </message>
    <message>
        <source>Node status table</source>
        <translation>Tabelle des Knotenstatus</translation>
    </message>
    <message>
        <source>The Management Node serves no status/v1/worker_vm/: nothing can be shown.</source>
        <translation>Der Management Node liefert kein status/v1/worker_vm/: es kann nichts angezeigt werden.</translation>
    </message>
    <message>
        <source>Upgrade run panel from the Management Node's own record</source>
        <translation>Upgrade-Ansicht aus den eigenen Aufzeichnungen des Management Node</translation>
    </message>
    <message>
        <source>Real Management Nodes keep no upgrade-run record in their API; the console follows the run from each node's status instead.</source>
        <translation>Echte Management Nodes führen in ihrer API keine Aufzeichnung des Upgrades; die Konsole verfolgt es stattdessen über den Status jedes Knotens.</translation>
    </message>
    <message>
        <source>Reboot a node or the Management Node from the console</source>
        <translation>Einen Knoten oder den Management Node aus der Konsole neu starten</translation>
    </message>
    <message>
        <source>Real Management Nodes have no reboot command in their API: reboot the virtual machine in the hypervisor, or sign in over SSH and run sudo reboot.</source>
        <translation>Echte Management Nodes haben keinen Neustartbefehl in ihrer API: Starten Sie die virtuelle Maschine im Hypervisor neu, oder melden Sie sich per SSH an und führen Sie sudo reboot aus.</translation>
    </message>
    <message>
        <source>Disconnect a stuck node's calls</source>
        <translation>Anrufe eines hängenden Knotens trennen</translation>
    </message>
    <message>
        <source>This Management Node does not offer command/v1/participant/disconnect/.</source>
        <translation>Dieser Management Node bietet command/v1/participant/disconnect/ nicht an.</translation>
    </message>
    <message>
        <source>Location names of configured nodes</source>
        <translation>Standortnamen konfigurierter Knoten</translation>
    </message>
    <message>
        <source>This Management Node does not serve configuration/v1/system_location/: locations are taken from the node status instead.</source>
        <translation>Dieser Management Node liefert configuration/v1/system_location/ nicht: die Standorte werden stattdessen aus dem Knotenstatus genommen.</translation>
    </message>
    <message>
        <source>Upload an upgrade package</source>
        <translation>Ein Upgrade-Paket hochladen</translation>
    </message>
    <message>
        <source>This Management Node offers neither upload resource: upload the package in its web interface.</source>
        <translation>Dieser Management Node bietet keine der Upload-Ressourcen an: Laden Sie das Paket in seiner Weboberfläche hoch.</translation>
    </message>
    <message>
        <source>Not known: the Management Node served no schema/ page. The console tries it when needed and says so if it is missing.</source>
        <translation>Unbekannt: der Management Node lieferte keine schema/-Seite. Die Konsole versucht es bei Bedarf und meldet, wenn es fehlt.</translation>
    </message>
    <message>
        <source>Administrator log in the console from the API</source>
        <translation>Administratorprotokoll in der Konsole aus der API</translation>
    </message>
    <message>
        <source>Real Management Nodes serve their administrator log only as a download in their web interface and to syslog servers: the console receives it as a syslog server, or opens the download.</source>
        <translation>Echte Management Nodes bieten ihr Administratorprotokoll nur zum Herunterladen in ihrer Weboberfläche und an Syslog-Server: die Konsole empfängt es als Syslog-Server oder öffnet den Download.</translation>
    </message>
    <message>
        <source>The console added to the node's syslog servers</source>
        <translation>Die Konsole in den Syslog-Servern des Node</translation>
    </message>
    <message>
        <source>This Management Node does not offer configuration/v1/syslog_server/: add the console as a syslog server in its web interface (System &gt; Syslog servers).</source>
        <translation>Dieser Management Node bietet kein configuration/v1/syslog_server/: fügen Sie die Konsole in seiner Weboberfläche als Syslog-Server hinzu (System &gt; Syslog servers).</translation>
    </message>
</context>
<context>
    <name>iuc::api::DeploymentPoller</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Management Node rebooting (expected during an upgrade); reconnecting…</source>
        <translation>Management Node startet neu (während eines Upgrades erwartet); Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Connection problem; retrying…</source>
        <translation>Verbindungsproblem; neuer Versuch…</translation>
    </message>
    <message>
        <source>Stopped: action needed</source>
        <translation>Angehalten: Eingriff erforderlich</translation>
    </message>
    <message>
        <source>The Management Node has not answered for %1 min since it went down for its reboot, longer than the vendor says a reboot takes. Look at its console in the hypervisor; this console keeps trying. (%2)</source>
        <translation>Der Management Node antwortet seit %1 min nicht, seit er für seinen Neustart heruntergefahren ist – länger, als ein Neustart laut Hersteller dauert. Sehen Sie sich seine Konsole im Hypervisor an; diese Konsole versucht es weiter. (%2)</translation>
    </message>
</context>
<context>
    <name>iuc::api::FileRangePost</name>
    <message>
        <source>the file ended early: it changed while being uploaded</source>
        <translation>die Datei endete zu früh: sie wurde während des Hochladens geändert</translation>
    </message>
    <message>
        <source>the file is shorter than expected: it changed while being uploaded</source>
        <translation>die Datei ist kürzer als erwartet: sie wurde während des Hochladens geändert</translation>
    </message>
    <message>
        <source>the HTTP library could not start</source>
        <translation>die HTTP-Bibliothek konnte nicht starten</translation>
    </message>
</context>
<context>
    <name>iuc::api::ManagementClient</name>
    <message>
        <source>The Management Node's address "%1" is not usable: give it as https://host or https://host:port.</source>
        <translation>Die Adresse "%1" des Management Nodes ist nicht verwendbar: Geben Sie sie als https://host oder https://host:port an.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for a Management Node on this computer, not for %1: the password would cross the network unencrypted. Use https://.</source>
        <translation>Unverschlüsseltes http:// ist nur für einen Management Node auf diesem Computer erlaubt, nicht für %1: Das Passwort würde unverschlüsselt durch das Netzwerk gehen. Verwenden Sie https://.</translation>
    </message>
    <message>
        <source>%1: the pages' "next" links go round in a circle (%2).</source>
        <translation>%1: Die "next"-Links der Seiten laufen im Kreis (%2).</translation>
    </message>
    <message>
        <source>%1: the "next" link %2 leads away from this Management Node.</source>
        <translation>%1: Der "next"-Link %2 führt von diesem Management Node weg.</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 Port %2</translation>
    </message>
    <message>
        <source>The Management Node at %1 did not answer within %2 s. Check that it is running and that this computer can reach it (network, VPN, firewall).</source>
        <translation>Der Management Node unter %1 hat nicht innerhalb von %2 s geantwortet. Prüfen Sie, ob er läuft und ob dieser Computer ihn erreichen kann (Netzwerk, VPN, Firewall).</translation>
    </message>
    <message>
        <source>Could not connect to the Management Node at %1: the connection was refused. Check the address and port in the profile, that the Management Node is running, and that no firewall blocks the port.</source>
        <translation>Keine Verbindung zum Management Node unter %1: Die Verbindung wurde abgelehnt. Prüfen Sie Adresse und Port im Profil, ob der Management Node läuft und ob keine Firewall den Port blockiert.</translation>
    </message>
    <message>
        <source>Could not find the Management Node at %1: the host name does not resolve. Check the address in the profile and this computer's name service (DNS).</source>
        <translation>Der Management Node unter %1 wurde nicht gefunden: Der Hostname lässt sich nicht auflösen. Prüfen Sie die Adresse im Profil und den Namensdienst (DNS) dieses Computers.</translation>
    </message>
    <message>
        <source>The connection to the Management Node at %1 broke (%2). Check the network between this computer and the Management Node; asking again is safe.</source>
        <translation>Die Verbindung zum Management Node unter %1 ist abgebrochen (%2). Prüfen Sie das Netzwerk zwischen diesem Computer und dem Management Node; eine erneute Anfrage ist unbedenklich.</translation>
    </message>
    <message>
        <source>No secure connection could be set up with %1 (%2). Check that the address and port are those of the Management Node's HTTPS service.</source>
        <translation>Mit %1 konnte keine sichere Verbindung aufgebaut werden (%2). Prüfen Sie, ob Adresse und Port die des HTTPS-Dienstes des Management Nodes sind.</translation>
    </message>
    <message>
        <source>Could not reach the Management Node at %1 (%2). Check the address and port in the profile, the network, and that the Management Node is running.</source>
        <translation>Der Management Node unter %1 ist nicht erreichbar (%2). Prüfen Sie Adresse und Port im Profil, das Netzwerk und ob der Management Node läuft.</translation>
    </message>
    <message>
        <source>The Management Node at %1 refused the sign-in of the user "%2": the user name or password is wrong. Check the user name and password saved in the profile.</source>
        <translation>Der Management Node unter %1 hat die Anmeldung des Benutzers "%2" abgelehnt: Benutzername oder Passwort ist falsch. Prüfen Sie den im Profil gespeicherten Benutzernamen und das Passwort.</translation>
    </message>
    <message>
        <source>The account "%1" may look but not change anything (a read-only account), so the Management Node refused %2. Sign in with an administrator account to do this.</source>
        <translation>Das Konto "%1" darf nur ansehen, aber nichts ändern (ein Konto mit reinem Lesezugriff), daher hat der Management Node %2 abgelehnt. Melden Sie sich dafür mit einem Administratorkonto an.</translation>
    </message>
    <message>
        <source>The Management Node has no %1 (HTTP 404).</source>
        <translation>Der Management Node kennt %1 nicht (HTTP 404).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The Management Node refused %1 because of a conflict (HTTP 409).</source>
        <translation>Der Management Node hat %1 wegen eines Konflikts abgelehnt (HTTP 409).</translation>
    </message>
    <message>
        <source>The Management Node is rebooting, as it does during an upgrade. Its API is back at about %1 (server time), in about %2 s; the console reconnects by itself.</source>
        <translation>Der Management Node startet neu, wie während eines Upgrades üblich. Seine API ist etwa um %1 (Serverzeit) wieder da, in etwa %2 s; die Konsole verbindet sich von selbst wieder.</translation>
    </message>
    <message>
        <source>The Management Node is rebooting, as it does during an upgrade. Its API is back at about %1 (server time); the console reconnects by itself.</source>
        <translation>Der Management Node startet neu, wie während eines Upgrades üblich. Seine API ist etwa um %1 (Serverzeit) wieder da; die Konsole verbindet sich von selbst wieder.</translation>
    </message>
    <message>
        <source>The Management Node is unavailable (HTTP 503), as it is while it reboots during an upgrade. The console reconnects by itself.</source>
        <translation>Der Management Node ist nicht verfügbar (HTTP 503), wie während seines Neustarts bei einem Upgrade. Die Konsole verbindet sich von selbst wieder.</translation>
    </message>
    <message>
        <source>The Management Node answered %1 with HTTP %2 and no explanation.</source>
        <translation>Der Management Node hat auf %1 mit HTTP %2 ohne Erklärung geantwortet.</translation>
    </message>
    <message>
        <source>The Management Node failed to serve %1 (HTTP %2): %3</source>
        <translation>Der Management Node konnte %1 nicht liefern (HTTP %2): %3</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The Management Node accepted the syslog server but does not list it.</source>
        <translation>Der Management Node hat den Syslog-Server angenommen, führt ihn aber nicht auf.</translation>
    </message>
    <message>
        <source>"%1" is not an upload id (letters, digits and dashes).</source>
        <translation>„%1“ ist keine Upload-ID (Buchstaben, Ziffern und Bindestriche).</translation>
    </message>
    <message>
        <source>The Management Node accepted the upload request but named it neither in its answer nor in the Location header.</source>
        <translation>Der Management Node hat die Upload-Anfrage angenommen, ihre ID aber weder in der Antwort noch im Location-Header genannt.</translation>
    </message>
    <message>
        <source>The upload to %1 was not sent: no certificate of the Management Node has been accepted on this connection yet. Connect again, then retry.</source>
        <translation>Das Hochladen zu %1 wurde nicht gesendet: Auf dieser Verbindung wurde noch kein Zertifikat des Management Node akzeptiert. Verbinden Sie sich erneut und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>Could not read the package %1: %2</source>
        <translation>Das Paket %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The Management Node at %1 showed another certificate during the upload than the one accepted moments before, so nothing more was sent. If the certificate was replaced on purpose, connect again and check the new one; otherwise someone may be intercepting the connection.</source>
        <translation>Der Management Node unter %1 zeigte während des Hochladens ein anderes Zertifikat als das kurz zuvor akzeptierte, daher wurde nichts mehr gesendet. Wurde das Zertifikat absichtlich ersetzt, verbinden Sie sich erneut und prüfen Sie das neue; andernfalls könnte jemand die Verbindung abhören.</translation>
    </message>
</context>
<context>
    <name>iuc::api::ResourceParser</name>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation>die Antwort ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>the answer should be an object, got a list</source>
        <translation>die Antwort sollte ein Objekt sein, ist aber eine Liste</translation>
    </message>
    <message>
        <source>should be an object, got %1</source>
        <translation>sollte ein Objekt sein, ist aber %1</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a timestamp such as "2026-11-25T15:10:41.123"</source>
        <translation>ein Zeitstempel wie "2026-11-25T15:10:41.123"</translation>
    </message>
    <message>
        <source>"%1" is missing</source>
        <translation>"%1" fehlt</translation>
    </message>
    <message>
        <source>"%1" must not be null</source>
        <translation>"%1" darf nicht null sein</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a whole number from 0 to %1</source>
        <translation>eine ganze Zahl von 0 bis %1</translation>
    </message>
    <message>
        <source>"%1" should be %2, got %3</source>
        <translation>"%1" sollte %2 sein, ist aber %3</translation>
    </message>
    <message>
        <source>is false in an answer that reports success</source>
        <translation>ist false in einer Antwort, die Erfolg meldet</translation>
    </message>
    <message>
        <source>"%1" is not a timestamp such as "2026-11-25T15:10:41.123".</source>
        <translation>"%1" ist kein Zeitstempel wie "2026-11-25T15:10:41.123".</translation>
    </message>
    <message>
        <source>"%1" is not an HTTP date such as "Wed, 25 Nov 2026 15:52:27 GMT".</source>
        <translation>"%1" ist kein HTTP-Datum wie "Wed, 25 Nov 2026 15:52:27 GMT".</translation>
    </message>
</context>
<context>
    <name>iuc::api::SingleShotUpload</name>
    <message>
        <source>Could not read the package %1: %2</source>
        <translation>Das Paket %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The upload was cancelled before it began.</source>
        <translation>Das Hochladen wurde abgebrochen, bevor es begann.</translation>
    </message>
    <message>
        <source>The upload was stopped.</source>
        <translation>Das Hochladen wurde gestoppt.</translation>
    </message>
</context>
<context>
    <name>iuc::api::TlsTrust</name>
    <message>
        <source>The CA file %1 holds no certificate that could be read. Choose the PEM file of the certificate authority that signed the Management Node's certificate.</source>
        <translation>Die CA-Datei %1 enthält kein lesbares Zertifikat. Wählen Sie die PEM-Datei der Zertifizierungsstelle, die das Zertifikat des Management Nodes signiert hat.</translation>
    </message>
    <message>
        <source>The trusted fingerprint saved in the profile is not a SHA-256 fingerprint (64 hexadecimal digits). Connect again and compare the certificate's fingerprint with the one on the Management Node's console.</source>
        <translation>Der im Profil gespeicherte vertrauenswürdige Fingerabdruck ist kein SHA-256-Fingerabdruck (64 hexadezimale Ziffern). Verbinden Sie sich erneut und vergleichen Sie den Fingerabdruck des Zertifikats mit dem auf der Konsole des Management Nodes angezeigten.</translation>
    </message>
    <message>
        <source>Accepting any certificate is only allowed for a Management Node on this computer, not for %1. Trust its certificate by its fingerprint, or with the CA file that signed it.</source>
        <translation>Jedes beliebige Zertifikat zu akzeptieren ist nur für einen Management Node auf diesem Computer erlaubt, nicht für %1. Vertrauen Sie seinem Zertifikat anhand des Fingerabdrucks oder über die CA-Datei, die es signiert hat.</translation>
    </message>
    <message>
        <source>The Management Node at %1 presented a different certificate from the one this profile trusts, so the console did not connect. Trusted fingerprint: %2. Presented fingerprint: %3 (%4). Someone may be intercepting the connection, or the Management Node got a new certificate: verify the new fingerprint on the Management Node's console before you trust it.</source>
        <translation>Der Management Node unter %1 hat ein anderes Zertifikat vorgelegt als das, dem dieses Profil vertraut; die Konsole hat sich daher nicht verbunden. Vertrauenswürdiger Fingerabdruck: %2. Vorgelegter Fingerabdruck: %3 (%4). Möglicherweise fängt jemand die Verbindung ab, oder der Management Node hat ein neues Zertifikat erhalten: Prüfen Sie den neuen Fingerabdruck auf der Konsole des Management Nodes, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>This computer does not trust the certificate of %1 (%2). Its SHA-256 fingerprint is %3; subject %4, issued by %5, valid until %6. Compare the fingerprint with the one shown on the Management Node's console, and trust the certificate only if they match.</source>
        <translation>Dieser Computer vertraut dem Zertifikat von %1 nicht (%2). Sein SHA-256-Fingerabdruck ist %3; Inhaber %4, ausgestellt von %5, gültig bis %6. Vergleichen Sie den Fingerabdruck mit dem auf der Konsole des Management Nodes angezeigten und vertrauen Sie dem Zertifikat nur, wenn beide übereinstimmen.</translation>
    </message>
    <message>
        <source>%1 is not an https:// address, so it has no certificate to check.</source>
        <translation>%1 ist keine https://-Adresse und hat daher kein Zertifikat, das zu prüfen wäre.</translation>
    </message>
</context>
<context>
    <name>iuc::api::UpgradeStart</name>
    <message>
        <source>The answer to the start was lost, but the Management Node shows the upgrade under way (%1). It was not sent again.</source>
        <translation>Die Antwort auf den Start ging verloren, aber der Management Node zeigt das laufende Upgrade (%1). Der Start wurde nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>The Management Node started the upgrade.</source>
        <translation>Der Management Node hat das Upgrade gestartet.</translation>
    </message>
    <message>
        <source>The upgrade was not started: %1</source>
        <translation>Das Upgrade wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>The upgrade was not started.</source>
        <translation>Das Upgrade wurde nicht gestartet.</translation>
    </message>
    <message>
        <source>The answer to the start was lost, and the Management Node shows no upgrade (%1): the upgrade was not started. Start it again when you are ready; the package is still on the Management Node.</source>
        <translation>Die Antwort auf den Start ging verloren, und der Management Node zeigt kein Upgrade (%1): Das Upgrade wurde nicht gestartet. Starten Sie es erneut, wenn Sie bereit sind; das Paket liegt noch auf dem Management Node.</translation>
    </message>
    <message>
        <source>The answer to the start was lost, and it cannot be said yet whether the upgrade started (%1). It was not sent again. Watch the deployment: a Management Node that upgrades restarts and then reports its new version. Do not start it again until you know.</source>
        <translation>Die Antwort auf den Start ging verloren, und noch lässt sich nicht sagen, ob das Upgrade begonnen hat (%1). Der Start wurde nicht erneut gesendet. Beobachten Sie die Installation: Ein Management Node im Upgrade startet neu und meldet dann seine neue Version. Starten Sie es nicht erneut, bevor Sie es wissen.</translation>
    </message>
    <message>
        <source>the upload request says "%1"</source>
        <translation>die Upload-Anfrage meldet „%1“</translation>
    </message>
    <message>
        <source>its upgrade status is "%1"</source>
        <translation>sein Upgrade-Status ist „%1“</translation>
    </message>
    <message>
        <source>it runs version %1</source>
        <translation>er läuft mit Version %1</translation>
    </message>
    <message>
        <source>%1 reports "%2"</source>
        <translation>%1 meldet „%2“</translation>
    </message>
    <message>
        <source>it answers, is idle on version %1, and the upload request says "%2"</source>
        <translation>er antwortet, ist auf Version %1 im Leerlauf, und die Upload-Anfrage meldet „%2“</translation>
    </message>
    <message>
        <source>the Management Node stopped answering, as it does when it restarts for an upgrade</source>
        <translation>der Management Node antwortet nicht mehr, wie beim Neustart für ein Upgrade</translation>
    </message>
    <message>
        <source>the Management Node gave no clear sign</source>
        <translation>der Management Node gab kein eindeutiges Zeichen</translation>
    </message>
    <message>
        <source>The answer to the upload was lost, but the Management Node shows the upgrade under way (%1). It was not sent again.</source>
        <translation>Die Antwort auf das Hochladen ging verloren, aber der Management Node zeigt das laufende Upgrade (%1). Es wurde nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>The upload stopped before the Management Node took the package, and it shows no upgrade (%1): the upgrade was not started. Upload the package again when you are ready.</source>
        <translation>Das Hochladen endete, bevor der Management Node das Paket übernahm, und er zeigt kein Upgrade (%1): Das Upgrade wurde nicht gestartet. Laden Sie das Paket erneut hoch, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>The upload stopped at its very end, and it cannot be said yet whether the upgrade started (%1). It was not sent again. Watch the deployment: a Management Node that upgrades restarts and then reports its new version. Do not upload it again until you know.</source>
        <translation>Das Hochladen endete ganz am Schluss, und noch lässt sich nicht sagen, ob das Upgrade begonnen hat (%1). Es wurde nicht erneut gesendet. Beobachten Sie die Bereitstellung: Ein Management Node, der aktualisiert wird, startet neu und meldet dann seine neue Version. Laden Sie es nicht erneut hoch, bevor Sie es wissen.</translation>
    </message>
    <message>
        <source>it answers and is idle on version %1</source>
        <translation>er antwortet und ist auf Version %1 untätig</translation>
    </message>
</context>
<context>
    <name>iuc::api::Uploader</name>
    <message>
        <source>The upload was abandoned.</source>
        <translation>Der Upload wurde aufgegeben.</translation>
    </message>
    <message>
        <source>This upload is already running.</source>
        <translation>Dieser Upload läuft bereits.</translation>
    </message>
    <message>
        <source>The package %1 cannot be read, or it is empty. Choose the upgrade package file again.</source>
        <translation>Das Paket %1 kann nicht gelesen werden oder ist leer. Wählen Sie die Datei des Upgrade-Pakets erneut.</translation>
    </message>
    <message>
        <source>The upload on the Management Node is for a file of %1 bytes, but %2 has %3 bytes: it is another file. Start a new upload.</source>
        <translation>Der Upload auf dem Management Node gilt einer Datei mit %1 Byte, %2 hat aber %3 Byte: Es ist eine andere Datei. Starten Sie einen neuen Upload.</translation>
    </message>
    <message>
        <source>The upload was cancelled on the Management Node (by another console or an administrator).</source>
        <translation>Der Upload wurde auf dem Management Node abgebrochen (von einer anderen Konsole oder einem Administrator).</translation>
    </message>
    <message>
        <source>The connection was cut on purpose after %1 bytes of the chunk (fault injection).</source>
        <translation>Die Verbindung wurde nach %1 Byte des Blocks absichtlich getrennt (Fehlerinjektion).</translation>
    </message>
    <message>
        <source>The upload was cancelled before it started.</source>
        <translation>Der Upload wurde abgebrochen, bevor er begann.</translation>
    </message>
    <message>
        <source>The upload was cancelled here, but the Management Node could not be told (%1). It gives up the partial upload by itself after an hour without data.</source>
        <translation>Der Upload wurde hier abgebrochen, aber der Management Node konnte nicht benachrichtigt werden (%1). Er verwirft den unvollständigen Upload von selbst nach einer Stunde ohne Daten.</translation>
    </message>
    <message>
        <source>The upload was cancelled; the Management Node discarded the part it had received.</source>
        <translation>Der Upload wurde abgebrochen; der Management Node hat den bereits empfangenen Teil verworfen.</translation>
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
        <translation>Management Node, https://HOST[:PORT].</translation>
    </message>
    <message>
        <source>Account name.</source>
        <translation>Kontoname.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Environment variable holding the password.</source>
        <translation>Umgebungsvariable mit dem Passwort.</translation>
    </message>
    <message>
        <source>A saved deployment profile.</source>
        <translation>Ein gespeichertes Umgebungsprofil.</translation>
    </message>
    <message>
        <source>Trust exactly the certificate with this SHA-256 fingerprint.</source>
        <translation>Genau dem Zertifikat mit diesem SHA-256-Fingerabdruck vertrauen.</translation>
    </message>
    <message>
        <source>Also trust the CA certificate(s) in this file.</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser Datei vertrauen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Accept any certificate, for a Management Node on this computer only.</source>
        <translation>Jedes Zertifikat annehmen, nur für einen Management Node auf diesem Computer.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Nicht um Bestätigung bitten.</translation>
    </message>
    <message>
        <source>plan: the version wanted.</source>
        <translation>plan: die gewünschte Version.</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>plan: the version installed.</source>
        <translation>plan: die installierte Version.</translation>
    </message>
    <message>
        <source>report: csv (default) or html.</source>
        <translation>report: csv (Standard) oder html.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>report: write to FILE.</source>
        <translation>report: in DATEI schreiben.</translation>
    </message>
    <message>
        <source>Refresh every N seconds (default 5).</source>
        <translation>Alle N Sekunden aktualisieren (Standard 5).</translation>
    </message>
    <message>
        <source>Speak the language CODE (e.g. nb, de); default: the locale's.</source>
        <translation>In der Sprache CODE antworten (z. B. nb, de); Standard: die des Gebietsschemas.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>--interval takes 1 to 3600 seconds.</source>
        <translation>--interval nimmt 1 bis 3600 Sekunden.</translation>
    </message>
    <message>
        <source>Machine-readable output (status, inspect, probe), always in English.</source>
        <translation>Maschinenlesbare Ausgabe (status, inspect, probe), immer auf Englisch.</translation>
    </message>
    <message>
        <source>probe: also save the answers, credentials removed, in DIR.</source>
        <translation>probe: die Antworten zusätzlich ohne Zugangsdaten in VERZEICHNIS speichern.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZEICHNIS</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Management Node %1, version %2</source>
        <translation>Management Node %1, Version %2</translation>
    </message>
    <message>
        <source>Conferencing Nodes: %1</source>
        <translation>Conferencing Nodes: %1</translation>
    </message>
    <message>
        <source>API: %1 of the %2 resources asked about are served (read from the node's schema/ pages)</source>
        <translation>API: %1 der %2 abgefragten Ressourcen werden geliefert (aus den schema/-Seiten des Knotens gelesen)</translation>
    </message>
    <message>
        <source>API: the Management Node served no schema/ page; every feature will be tried and degrade where it is missing</source>
        <translation>API: der Management Node lieferte keine schema/-Seite; jede Funktion wird versucht und entfällt, wo sie fehlt</translation>
    </message>
    <message>
        <source>Node status fields: %1</source>
        <translation>Felder des Knotenstatus: %1</translation>
    </message>
    <message>
        <source>Upload: %1</source>
        <translation>Upload: %1</translation>
    </message>
    <message>
        <source>Extensions of infinity-sim: not known</source>
        <translation>Erweiterungen von infinity-sim: unbekannt</translation>
    </message>
    <message>
        <source>Extensions of infinity-sim: none (as on a real Management Node)</source>
        <translation>Erweiterungen von infinity-sim: keine (wie auf einem echten Management Node)</translation>
    </message>
    <message>
        <source>Extensions of infinity-sim: %1</source>
        <translation>Erweiterungen von infinity-sim: %1</translation>
    </message>
    <message>
        <source>Console features on this Management Node:</source>
        <translation>Konsolenfunktionen auf diesem Management Node:</translation>
    </message>
    <message>
        <source>?  </source>
        <translation>?   </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja  </translation>
    </message>
    <message>
        <source>no </source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>%1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Saved %1 files in %2, credentials removed: attach the folder to a bug report.</source>
        <translation>%1 Dateien in %2 gespeichert, ohne Zugangsdaten: Hängen Sie das Verzeichnis an einen Fehlerbericht an.</translation>
    </message>
    <message>
        <source>upgrade_status values seen (every system):</source>
        <translation>Gesehene upgrade_status-Werte (alle Systeme):</translation>
    </message>
    <message>
        <source>read as "%1"</source>
        <translation>gelesen als „%1“</translation>
    </message>
    <message>
        <source>not a known spelling: the console infers the status from what the node shows (resources/upgrade-statuses.json lists the known ones)</source>
        <translation>keine bekannte Schreibweise: die Konsole leitet den Status aus dem ab, was der Knoten zeigt (resources/upgrade-statuses.json führt die bekannten auf)</translation>
    </message>
    <message>
        <source>upgrade, upgrade-path, watch: put the nodes that come next into maintenance mode ahead of their turn, and back into service once upgraded.</source>
        <translation>upgrade, upgrade-path, watch: die als Nächstes folgenden Knoten vor ihrer Reihe in den Wartungsmodus versetzen und nach dem Upgrade wieder in Betrieb nehmen.</translation>
    </message>
    <message>
        <source>With --drain-ahead: the share of each location's capacity kept in service (default 75).</source>
        <translation>Mit --drain-ahead: der Anteil der Kapazität jedes Standorts, der in Betrieb bleibt (Standard 75).</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>PROZENT</translation>
    </message>
    <message>
        <source>--keep-in-service takes a share from 0 to 100.</source>
        <translation>--keep-in-service nimmt einen Anteil von 0 bis 100.</translation>
    </message>
    <message>
        <source>--keep-in-service goes with --drain-ahead.</source>
        <translation>--keep-in-service gehört zu --drain-ahead.</translation>
    </message>
    <message>
        <source>profile save: send the profile's alerts to this https:// webhook too (the URL is kept in the keychain).</source>
        <translation>profile save: die Alarme des Profils auch an diesen https://-Webhook senden (die URL wird im Schlüsselbund gespeichert).</translation>
    </message>
    <message>
        <source>profile save: send no alerts to a webhook.</source>
        <translation>profile save: keine Alarme an einen Webhook senden.</translation>
    </message>
    <message>
        <source>--webhook and --no-webhook exclude each other.</source>
        <translation>--webhook und --no-webhook schließen einander aus.</translation>
    </message>
    <message>
        <source>--webhook and --no-webhook go with profile save.</source>
        <translation>--webhook und --no-webhook gehören zu profile save.</translation>
    </message>
    <message>
        <source>--webhook takes the receiver's https:// URL.</source>
        <translation>--webhook erwartet die https://-URL des Empfängers.</translation>
    </message>
    <message>
        <source>upgrade: upload, validate and confirm now, start at HH:MM (local time).</source>
        <translation>upgrade: jetzt hochladen, prüfen und bestätigen, um HH:MM starten (Ortszeit).</translation>
    </message>
    <message>
        <source>With --at: the window's end; --drain-ahead drains only inside the window.</source>
        <translation>Mit --at: das Ende des Fensters; --drain-ahead leert nur innerhalb des Fensters.</translation>
    </message>
    <message>
        <source>--until goes with --at.</source>
        <translation>--until gehört zu --at.</translation>
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
        <translation>Aktualisiert eine Pexip-Infinity-Umgebung über die Kommandozeile.

Befehle:
  status [--json]                 der Management Node und jeder Konferenzknoten
  watch                           eine laufend aktualisierte Tabelle bis zum Ende des laufenden Upgrades (Strg-C beendet)
  inspect FILE [--json]           Version, Größe und SHA-256 eines Pakets; mit Verbindung: ob es passt
  plan --to VERSION [--from V]    die nötigen Upgrade-Schritte (v3 geht über v6 zu v11)
  upgrade FILE [--yes]            prüfen, hochladen, bestätigen, starten und bis zum Ende verfolgen
  upgrade-path FILE... [--yes]    das geführte Upgrade: jeder Schritt (v3: die Pakete für v6 und v11),
                                  die Checkliste vorab, jeder Schritt geprüft; erneut ausführen setzt fort
  reboot management|NODE [--yes]  den Management Node oder einen Konferenzknoten neu starten (Anrufe werden abgebrochen);
                                  ohne Neustart-Befehl in der API: wie es geht, dann warten, bis es zu sehen ist
  disconnect-calls NODE [--yes]   die Anrufe eines Knotens, bei Ja getrennt: ein Knoten, dessen Anrufe
                                  nicht enden, setzt seine Aktualisierung ohne Neustart fort
  report [--format csv|html] [--output FILE]   der Verlauf jedes Durchlaufs pro Knoten
  profile list | save NAME | remove NAME   gespeicherte Umgebungen (Passwort im Schlüsselbund des Systems)
  probe [--save DIR] [--json]     was dieser Management Node anbietet und welche Funktionen damit gehen;
                                  --save schreibt seine Schemas und Beispielantworten für einen Fehlerbericht
  backup [--passphrase-env VAR]   eine Konfigurationssicherung durch den Management Node
                                  (Passphrase zweimal abgefragt, nie gespeichert)

Das Passwort kommt aus --password-env VAR, dem Schlüsselbund (mit --profile) oder einer Abfrage.

Exit-Codes:
  0    erledigt (upgrade, watch: der Durchlauf wurde abgeschlossen)
  1    falscher Aufruf
  2    der Management Node ist nicht erreichbar, oder sein Zertifikat ist nicht das vertrauenswürdige
  3    abgelehnt (falsches Paket, Downgrade, nichts zu tun)
  4    ein Upgrade läuft bereits (gesperrt)
  5    an der 24-Stunden-Grenze gestoppt, Systeme zurückgeblieben
  6    abgebrochen (Management Node neu gestartet)
  7    bei einer Bestätigung abgelehnt
  8    anderer Fehler
  9    Anmeldung abgelehnt (Benutzername, Passwort oder Rolle des Kontos)
  130  unterbrochen</translation>
    </message>
    <message>
        <source>backup: the environment variable holding the backup's passphrase.</source>
        <translation>backup: die Umgebungsvariable mit der Passphrase der Sicherung.</translation>
    </message>
    <message>
        <source>upgradectl: the environment variable %1 is empty or not set.</source>
        <translation>upgradectl: Die Umgebungsvariable %1 ist leer oder nicht gesetzt.</translation>
    </message>
    <message>
        <source>Passphrase for the backup file (not kept anywhere): </source>
        <translation>Passphrase für die Sicherungsdatei (wird nirgends gespeichert): </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Dieselbe Passphrase noch einmal: </translation>
    </message>
    <message>
        <source>upgradectl: no passphrase: run upgradectl in a terminal to be asked, or name an environment variable holding it with --passphrase-env VAR.</source>
        <translation>upgradectl: keine Passphrase: Führen Sie upgradectl in einem Terminal aus, um gefragt zu werden, oder nennen Sie mit --passphrase-env VAR eine Umgebungsvariable, die sie enthält.</translation>
    </message>
    <message>
        <source>upgradectl: the two passphrases differ; nothing was asked of the Management Node.</source>
        <translation>upgradectl: Die beiden Passphrasen unterscheiden sich; der Management Node wurde nicht gefragt.</translation>
    </message>
    <message>
        <source>Asking the Management Node for a configuration backup…</source>
        <translation>Frage den Management Node nach einer Konfigurationssicherung…</translation>
    </message>
    <message>
        <source>The Management Node created the backup (%1 UTC). Download it from its web interface (Utilities ▸ Backup/restore); keep the passphrase: the file cannot be restored without it.</source>
        <translation>Der Management Node hat die Sicherung erstellt (%1 UTC). Laden Sie sie aus seiner Weboberfläche herunter (Utilities ▸ Backup/restore); bewahren Sie die Passphrase auf: Ohne sie lässt sich die Datei nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>The Management Node took the request at %1 UTC and creates the backup in the background; its web interface lists it under Utilities ▸ Backup/restore once done. Keep the passphrase: the file cannot be restored without it.</source>
        <translation>Der Management Node hat die Anfrage um %1 UTC angenommen und erstellt die Sicherung im Hintergrund; seine Weboberfläche listet sie unter Utilities ▸ Backup/restore, sobald sie fertig ist. Bewahren Sie die Passphrase auf: Ohne sie lässt sich die Datei nicht wiederherstellen.</translation>
    </message>
</context>
<context>
    <name>iuc::cli::DrainAheadWatch</name>
    <message>
        <source>Drain ahead is off: %1</source>
        <translation>Vorab leeren ist aus: %1</translation>
    </message>
    <message>
        <source>Drain ahead: %1</source>
        <translation>Vorab leeren: %1</translation>
    </message>
    <message>
        <source>Drain ahead: carrying on for the run in progress; nodes drained ahead: %1.</source>
        <translation>Vorab leeren: wird für den laufenden Durchlauf fortgesetzt; vorab geleerte Knoten: %1.</translation>
    </message>
    <message>
        <source>Drain ahead on: at least %1 % of each location's capacity stays in service.</source>
        <translation>Vorab leeren ist an: mindestens %1 % der Kapazität jedes Standorts bleiben in Betrieb.</translation>
    </message>
    <message>
        <source>Drain ahead: %1 in maintenance mode ahead of its turn.</source>
        <translation>Vorab leeren: %1 vor seiner Reihe im Wartungsmodus.</translation>
    </message>
    <message>
        <source>Drain ahead: %1 back in service.</source>
        <translation>Vorab leeren: %1 wieder in Betrieb.</translation>
    </message>
    <message>
        <source>Drain ahead: off.</source>
        <translation>Vorab leeren: aus.</translation>
    </message>
    <message>
        <source>Drain ahead: returning %1 nodes to service…</source>
        <translation>Vorab leeren: %1 Knoten werden wieder in Betrieb genommen…</translation>
    </message>
    <message>
        <source>Drain ahead (keeping %1 % in service): %2 nodes drained, %3 kept in service by the guardrail.</source>
        <translation>Vorab leeren (%1 % bleiben in Betrieb): %2 Knoten geleert, %3 von der Kapazitätsgrenze in Betrieb gehalten.</translation>
    </message>
    <message>
        <source>Drain ahead: still in maintenance mode by upgradectl's doing: %1. The next upgrade-console or upgradectl --drain-ahead connected to this Management Node returns them; or take them out of maintenance mode yourself.</source>
        <translation>Vorab leeren: noch durch upgradectl im Wartungsmodus: %1. Die nächste upgrade-console oder upgradectl --drain-ahead, die sich mit diesem Management Node verbindet, nimmt sie wieder in Betrieb; oder nehmen Sie sie selbst aus dem Wartungsmodus.</translation>
    </message>
    <message>
        <source>Drain ahead off: a node failed its health check; the nodes drained ahead go back into service.</source>
        <translation>„Vorab leeren“ aus: Ein Knoten hat die Zustandsprüfung nicht bestanden; die vorab geleerten Knoten gehen wieder in Betrieb.</translation>
    </message>
</context>
<context>
    <name>iuc::jobs::UpgradeJob</name>
    <message>
        <source>The Management Node's copy is not the same as the file: SHA-256 of the file %1, of the copy on the Management Node %2. The data changed on the way or the file changed during the upload. Upload it again; if the sums differ again, download the package again from the vendor.</source>
        <translation>Die Kopie auf dem Management Node stimmt nicht mit der Datei überein: SHA-256 der Datei %1, der Kopie auf dem Management Node %2. Die Daten wurden unterwegs verändert, oder die Datei änderte sich während des Hochladens. Laden Sie sie erneut hoch; weichen die Summen wieder ab, laden Sie das Paket erneut vom Hersteller herunter.</translation>
    </message>
    <message>
        <source>This Management Node offers no way to upload a package through its API (its schema/ lists neither configuration/v1/upgrade_request/ nor configuration/v1/upgrade/). Upgrade it from its own web pages (Utilities ▸ Upgrade).</source>
        <translation>Dieser Management Node bietet über seine API keine Möglichkeit, ein Paket hochzuladen (sein schema/ nennt weder configuration/v1/upgrade_request/ noch configuration/v1/upgrade/). Aktualisieren Sie ihn über seine eigenen Webseiten (Utilities ▸ Upgrade).</translation>
    </message>
</context>
<context>
    <name>iuc::syslog</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 is not an administrator log: none of its %2 lines has the log's Level="…" and Name="…" fields. Download the administrator log from the Management Node's web interface as text, or open the file your syslog server wrote.</source>
        <translation>%1 ist kein Administratorprotokoll: keine seiner %2 Zeilen hat die Felder Level="…" und Name="…" des Protokolls. Laden Sie das Administratorprotokoll als Text aus der Weboberfläche des Management Node herunter, oder öffnen Sie die Datei, die Ihr Syslog-Server geschrieben hat.</translation>
    </message>
</context>
<context>
    <name>iuc::syslog::SyslogReceiver</name>
    <message>
        <source>Port %1 (%2) is already in use on this computer. Choose another port, or stop the program that uses it.</source>
        <translation>Port %1 (%2) ist auf diesem Computer schon belegt. Wählen Sie einen anderen Port, oder beenden Sie das Programm, das ihn benutzt.</translation>
    </message>
    <message>
        <source>This computer does not allow the console to listen on port %1 (%2). Ports below 1024 need administrator rights: choose a port from 1024 up.</source>
        <translation>Dieser Computer erlaubt der Konsole nicht, auf Port %1 (%2) zu lauschen. Ports unter 1024 brauchen Administratorrechte: wählen Sie einen Port ab 1024.</translation>
    </message>
    <message>
        <source>Cannot listen on port %1 (%2): %3</source>
        <translation>Auf Port %1 (%2) kann nicht gelauscht werden: %3</translation>
    </message>
    <message>
        <source>Choose UDP, TCP or both.</source>
        <translation>Wählen Sie UDP, TCP oder beides.</translation>
    </message>
    <message>
        <source>Found no port free for both UDP and TCP. Choose a port.</source>
        <translation>Kein Port ist zugleich für UDP und TCP frei. Wählen Sie einen Port.</translation>
    </message>
</context>
<context>
    <name>iuc::ui::AlertBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1 UTC  %2</source>
        <translation>%1 UTC  %2</translation>
    </message>
    <message>
        <source>All alerts (%1)…</source>
        <translation>Alle Alarme (%1)…</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
</context>
<context>
    <name>iuc::ui::BackupControl</name>
    <message>
        <source>Create a &amp;backup now…</source>
        <translation>Jetzt &amp;sichern…</translation>
    </message>
    <message>
        <source>Configuration Backup</source>
        <translation>Konfigurationssicherung</translation>
    </message>
    <message>
        <source>The Management Node encrypts the backup file with this passphrase. The console does not keep it: write it down where your team keeps such secrets; the file cannot be restored without it.</source>
        <translation>Der Management Node verschlüsselt die Sicherungsdatei mit dieser Passphrase. Die Konsole speichert sie nicht: Notieren Sie sie dort, wo Ihr Team solche Geheimnisse aufbewahrt; ohne sie lässt sich die Datei nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Create Backup</source>
        <translation>Sicherung &amp;erstellen</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Geben Sie eine Passphrase ein.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
    <message>
        <source>Asking the Management Node for a backup…</source>
        <translation>Frage den Management Node nach einer Sicherung…</translation>
    </message>
    <message>
        <source>No backup: %1</source>
        <translation>Keine Sicherung: %1</translation>
    </message>
    <message>
        <source>Backup created at %1 UTC. Download it from the Management Node's web interface (Utilities ▸ Backup/restore).</source>
        <translation>Sicherung um %1 UTC erstellt. Laden Sie sie aus der Weboberfläche des Management Node herunter (Utilities ▸ Backup/restore).</translation>
    </message>
    <message>
        <source>Backup requested at %1 UTC; the Management Node creates it in the background and lists it under Utilities ▸ Backup/restore once done.</source>
        <translation>Sicherung um %1 UTC angefordert; der Management Node erstellt sie im Hintergrund und listet sie unter Utilities ▸ Backup/restore, sobald sie fertig ist.</translation>
    </message>
</context>
<context>
    <name>iuc::ui::CertificateDialog</name>
    <message>
        <source>Check the Management Node's certificate</source>
        <translation>Zertifikat des Management Nodes prüfen</translation>
    </message>
    <message>
        <source>First connection to %1</source>
        <translation>Erste Verbindung mit %1</translation>
    </message>
    <message>
        <source>This computer has no way to vouch for this certificate: Management Nodes usually sign their own. Before you trust it, make sure it belongs to your Management Node. Compare the SHA-256 fingerprint below, character by character, with the fingerprint of the Management Node's own certificate, as its administrator sees it (for example with "openssl x509 -noout -fingerprint -sha256" on the certificate file).</source>
        <translation>Dieser Computer kann sich für dieses Zertifikat nicht verbürgen: Management Nodes signieren ihre Zertifikate meist selbst. Bevor Sie ihm vertrauen, stellen Sie sicher, dass es zu Ihrem Management Node gehört. Vergleichen Sie den SHA-256-Fingerabdruck unten Zeichen für Zeichen mit dem Fingerabdruck des Zertifikats des Management Nodes, wie dessen Administrator ihn sieht (zum Beispiel mit "openssl x509 -noout -fingerprint -sha256" auf die Zertifikatsdatei).</translation>
    </message>
    <message>
        <source>Trusting it pins it to this profile: from then on the console connects only while the Management Node presents this very certificate, and refuses any other until you edit the profile. If the fingerprints differ, choose Cancel.</source>
        <translation>Wenn Sie ihm vertrauen, wird es in diesem Profil festgelegt: Ab dann verbindet sich die Konsole nur, solange der Management Node genau dieses Zertifikat vorlegt, und lehnt jedes andere ab, bis Sie das Profil bearbeiten. Wenn die Fingerabdrücke abweichen, wählen Sie "Abbrechen".</translation>
    </message>
    <message>
        <source>&amp;Trust and pin</source>
        <translation>&amp;Vertrauen und festlegen</translation>
    </message>
    <message>
        <source>Trust and pin this certificate</source>
        <translation>Diesem Zertifikat vertrauen und es festlegen</translation>
    </message>
    <message>
        <source>Certificate changed: not connected</source>
        <translation>Zertifikat geändert: nicht verbunden</translation>
    </message>
    <message>
        <source>%1 presented a different certificate</source>
        <translation>%1 hat ein anderes Zertifikat vorgelegt</translation>
    </message>
    <message>
        <source>The console stopped before signing in: no password was sent. The certificate this profile trusts is not the one the server presents now, and the console will not connect to it.</source>
        <translation>Die Konsole hat vor der Anmeldung angehalten: Es wurde kein Passwort gesendet. Das Zertifikat, dem dieses Profil vertraut, ist nicht das, das der Server jetzt vorlegt, und die Konsole verbindet sich nicht mit ihm.</translation>
    </message>
    <message>
        <source>What to check:</source>
        <translation>Was Sie prüfen sollten:</translation>
    </message>
    <message>
        <source>• Was the Management Node's certificate replaced on purpose (renewed, or a new one uploaded)? Ask its administrator for the new fingerprint and compare it with the one presented now.</source>
        <translation>• Wurde das Zertifikat des Management Nodes absichtlich ersetzt (erneuert oder ein neues hochgeladen)? Fragen Sie dessen Administrator nach dem neuen Fingerabdruck und vergleichen Sie ihn mit dem jetzt vorgelegten.</translation>
    </message>
    <message>
        <source>• If nobody replaced it, someone may be intercepting the connection. Do not connect; tell your security team.</source>
        <translation>• Wenn niemand es ersetzt hat, könnte jemand die Verbindung abfangen. Verbinden Sie sich nicht; informieren Sie Ihr Sicherheitsteam.</translation>
    </message>
    <message>
        <source>• Once the new certificate is confirmed, edit the profile: clear its trusted fingerprint (or paste the new one), save, and connect again.</source>
        <translation>• Sobald das neue Zertifikat bestätigt ist, bearbeiten Sie das Profil: Löschen Sie den vertrauenswürdigen Fingerabdruck (oder fügen Sie den neuen ein), speichern Sie und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>Trusted fingerprint</source>
        <translation>Vertrauenswürdiger Fingerabdruck</translation>
    </message>
    <message>
        <source>Trusted fingerprint (pinned in the profile):</source>
        <translation>Im Profil festgelegt:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Presented fingerprint</source>
        <translation>Vorgelegter Fingerabdruck</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Presented now:</source>
        <translation>Jetzt vorgelegt:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation>%1 (selbstsigniert)</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>%1: expired</source>
        <translation>%1: abgelaufen</translation>
    </message>
    <message>
        <source>%1: not valid yet</source>
        <translation>%1: noch nicht gültig</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Namen:</translation>
    </message>
    <message>
        <source>Names in the certificate</source>
        <translation>Namen im Zertifikat</translation>
    </message>
</context>
<context>
    <name>iuc::ui::ChartsPanel</name>
    <message>
        <source>Systems upgraded over time</source>
        <translation>Aktualisierte Systeme im Zeitverlauf</translation>
    </message>
    <message>
        <source>Systems upgraded</source>
        <translation>Aktualisierte Systeme</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <source>Calls draining on nodes in maintenance</source>
        <translation>Auslaufende Anrufe im Wartungsmodus</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>No node is in maintenance mode right now</source>
        <translation>Zurzeit ist kein Knoten im Wartungsmodus</translation>
    </message>
    <message>
        <source>Chart of systems upgraded over time</source>
        <translation>Diagramm der aktualisierten Systeme im Zeitverlauf</translation>
    </message>
    <message>
        <source>Chart of calls draining on nodes in maintenance</source>
        <translation>Diagramm der auslaufenden Anrufe auf Knoten im Wartungsmodus</translation>
    </message>
    <message>
        <source>Management Node time (UTC)</source>
        <translation>Zeit des Management Nodes (UTC)</translation>
    </message>
    <message>
        <source>Calls draining on %1</source>
        <translation>Auslaufende Anrufe auf %1</translation>
    </message>
</context>
<context>
    <name>iuc::ui::ConfirmDialog</name>
    <message>
        <source>%1 more</source>
        <translation>%1 weitere</translation>
    </message>
    <message>
        <source>Confirm the Upgrade</source>
        <translation>Upgrade bestätigen</translation>
    </message>
    <message>
        <source>Continue the Upgrade</source>
        <translation>Upgrade fortsetzen</translation>
    </message>
    <message>
        <source>Installed version</source>
        <translation>Installierte Version</translation>
    </message>
    <message>
        <source>Upgrade version</source>
        <translation>Neue Version</translation>
    </message>
    <message>
        <source>Installed version: %1</source>
        <translation>Installierte Version: %1</translation>
    </message>
    <message>
        <source>upgraded to</source>
        <translation>wird aktualisiert auf</translation>
    </message>
    <message>
        <source>Upgrade version: %1</source>
        <translation>Neue Version: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Until every system runs the same version, calls can be split.&lt;/b&gt; Nodes on different versions cannot host the same conference: two callers of one meeting who reach nodes on different versions end up in separate conferences. Upgrade at a quiet time. Calls in progress now: %1.</source>
        <translation>&lt;b&gt;Bis alle Systeme dieselbe Version haben, können Anrufe getrennt werden.&lt;/b&gt; Knoten mit unterschiedlichen Versionen können nicht dieselbe Konferenz hosten: Zwei Anrufer einer Besprechung, die auf Knoten mit unterschiedlichen Versionen landen, geraten in getrennte Konferenzen. Aktualisieren Sie zu einer ruhigen Zeit. Laufende Anrufe: %1.</translation>
    </message>
    <message>
        <source>Configuration-only nodes in this deployment: %1. They are upgraded like the others. After the upgrade, deploy any new configuration-only node from the VM template of version %2, never from an older one.</source>
        <translation>Reine Konfigurationsknoten in dieser Umgebung: %1. Sie werden wie die anderen aktualisiert. Stellen Sie nach dem Upgrade jeden neuen reinen Konfigurationsknoten aus der VM-Vorlage der Version %2 bereit, nie aus einer älteren.</translation>
    </message>
    <message>
        <source>Package %1 (%2). The Management Node's copy has the same SHA-256 as the file: %3</source>
        <translation>Paket %1 (%2). Die Kopie auf dem Management Node hat dieselbe SHA-256 wie die Datei: %3</translation>
    </message>
    <message>
        <source>&amp;Upgrade</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Starts the rolling upgrade to %1</source>
        <translation>Startet das rollierende Upgrade auf %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>&lt;b&gt;Systems to upgrade: %1.&lt;/b&gt; The Management Node already runs %2, so only the Conferencing Nodes still on an older version take part, one at a time.</source>
        <translation>&lt;b&gt;Zu aktualisierende Systeme: %1.&lt;/b&gt; Der Management Node läuft bereits mit %2, daher nehmen nur die Konferenzknoten teil, die noch auf einer älteren Version sind, einer nach dem anderen.</translation>
    </message>
    <message>
        <source>They are: %1.</source>
        <translation>Es sind: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Systems to upgrade: %1&lt;/b&gt; (the Management Node and %2 Conferencing Nodes). The Management Node goes first and restarts by itself; its web pages and API are away for a few minutes. Then the Conferencing Nodes follow one at a time: each stops taking new calls and waits for its calls to end before it installs.</source>
        <translation>&lt;b&gt;Zu aktualisierende Systeme: %1&lt;/b&gt; (der Management Node und %2 Konferenzknoten). Der Management Node ist zuerst an der Reihe und startet von selbst neu; seine Webseiten und seine API sind einige Minuten nicht erreichbar. Danach folgen die Konferenzknoten einzeln: Jeder nimmt keine neuen Anrufe mehr an und wartet vor der Installation, bis seine Anrufe beendet sind.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Forecast: about %1&lt;/b&gt;, so it should end before the 24-hour limit. Nodes that still carry calls take longer: each waits up to an hour for its calls to end.</source>
        <translation>&lt;b&gt;Prognose: etwa %1&lt;/b&gt;, es sollte also vor der 24-Stunden-Grenze enden. Knoten mit laufenden Anrufen brauchen länger: Jeder wartet bis zu einer Stunde, bis seine Anrufe beendet sind.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Forecast: the 24-hour limit would stop this run first.&lt;/b&gt; Conferencing Nodes that would stay on the old version until you repeat the upgrade for them: about %1. Choose a quieter time if you can: nodes with calls wait for them to end.</source>
        <translation>&lt;b&gt;Prognose: Die 24-Stunden-Grenze würde diesen Durchlauf vorher stoppen.&lt;/b&gt; Konferenzknoten, die auf der alten Version blieben, bis Sie das Upgrade für sie wiederholen: etwa %1. Wählen Sie nach Möglichkeit eine ruhigere Zeit: Knoten mit Anrufen warten, bis diese beendet sind.</translation>
    </message>
    <message>
        <source>Package %1 (%2), SHA-256 %3. The Management Node received it whole and validated it.</source>
        <translation>Paket %1 (%2), SHA-256 %3. Der Management Node hat es vollständig erhalten und validiert.</translation>
    </message>
    <message>
        <source>Its version is read from its name.</source>
        <translation>Seine Version stammt aus dem Dateinamen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This Management Node takes the package and starts the upgrade in one step.&lt;/b&gt; Upgrade uploads %1 (%2) now; the upgrade begins as soon as the Management Node has all of it. The package was checked on this computer (SHA-256 %3); the Management Node validates it itself.</source>
        <translation>&lt;b&gt;Dieser Management Node nimmt das Paket an und startet das Upgrade in einem Schritt.&lt;/b&gt; Upgrade lädt %1 (%2) jetzt hoch; das Upgrade beginnt, sobald der Management Node alles erhalten hat. Das Paket wurde auf diesem Computer geprüft (SHA-256 %3); der Management Node validiert es selbst.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Systems to upgrade: %1.&lt;/b&gt; The Management Node already runs %2, so only the Conferencing Nodes still on an older version take part, up to %n at a time.</source>
        <translation>
            <numerusform>&lt;b&gt;Zu aktualisierende Systeme: %1.&lt;/b&gt; Der Management Node läuft bereits mit %2, daher nehmen nur die Knoten teil, die noch eine ältere Version haben, bis zu %n gleichzeitig.</numerusform>
            <numerusform>&lt;b&gt;Zu aktualisierende Systeme: %1.&lt;/b&gt; Der Management Node läuft bereits mit %2, daher nehmen nur die Knoten teil, die noch eine ältere Version haben, bis zu %n gleichzeitig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Systems to upgrade: %1&lt;/b&gt; (the Management Node and %2 Conferencing Nodes). The Management Node goes first and restarts by itself; its web pages and API are away for a few minutes. Then the Conferencing Nodes follow, up to %n at a time: each stops taking new calls and waits for its calls to end before it installs.</source>
        <translation>
            <numerusform>&lt;b&gt;Zu aktualisierende Systeme: %1&lt;/b&gt; (der Management Node und %2 Knoten). Der Management Node ist zuerst an der Reihe und startet von selbst neu; seine Webseiten und seine API sind einige Minuten lang nicht erreichbar. Danach folgen die Knoten, bis zu %n gleichzeitig: Jeder nimmt keine neuen Anrufe mehr an und wartet, bis seine Anrufe beendet sind, bevor er installiert.</numerusform>
            <numerusform>&lt;b&gt;Zu aktualisierende Systeme: %1&lt;/b&gt; (der Management Node und %2 Knoten). Der Management Node ist zuerst an der Reihe und startet von selbst neu; seine Webseiten und seine API sind einige Minuten lang nicht erreichbar. Danach folgen die Knoten, bis zu %n gleichzeitig: Jeder nimmt keine neuen Anrufe mehr an und wartet, bis seine Anrufe beendet sind, bevor er installiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planen</translation>
    </message>
</context>
<context>
    <name>iuc::ui::ConnectDialog</name>
    <message>
        <source>Type the password again and press Connect. If the user name is wrong, choose Edit….</source>
        <translation>Geben Sie das Passwort erneut ein und klicken Sie auf "Verbinden". Ist der Benutzername falsch, wählen Sie "Bearbeiten…".</translation>
    </message>
    <message>
        <source>To correct the address, choose Edit…. To try again, press Connect.</source>
        <translation>Um die Adresse zu korrigieren, wählen Sie "Bearbeiten…". Um es erneut zu versuchen, klicken Sie auf "Verbinden".</translation>
    </message>
    <message>
        <source>Choose Edit… to pick the right CA file, or clear the field to check the certificate by its fingerprint instead.</source>
        <translation>Wählen Sie "Bearbeiten…", um die richtige CA-Datei auszuwählen, oder leeren Sie das Feld, um das Zertifikat stattdessen anhand seines Fingerabdrucks zu prüfen.</translation>
    </message>
    <message>
        <source>Choose Edit… and clear the trusted fingerprint: the certificate is then shown for you to check on the next connection.</source>
        <translation>Wählen Sie "Bearbeiten…" und löschen Sie den vertrauenswürdigen Fingerabdruck: Das Zertifikat wird Ihnen dann bei der nächsten Verbindung zur Prüfung gezeigt.</translation>
    </message>
    <message>
        <source>Nothing was trusted. Once the new certificate is confirmed, choose Edit… to clear or replace the trusted fingerprint.</source>
        <translation>Es wurde nichts als vertrauenswürdig übernommen. Sobald das neue Zertifikat bestätigt ist, wählen Sie "Bearbeiten…", um den vertrauenswürdigen Fingerabdruck zu löschen oder zu ersetzen.</translation>
    </message>
    <message>
        <source>Wait until the Management Node is back, then press Connect again.</source>
        <translation>Warten Sie, bis der Management Node wieder da ist, und klicken Sie dann erneut auf "Verbinden".</translation>
    </message>
    <message>
        <source>Choose Edit… and enter an account the Management Node lets in.</source>
        <translation>Wählen Sie "Bearbeiten…" und geben Sie ein Konto ein, das der Management Node zulässt.</translation>
    </message>
    <message>
        <source>Connect to a Management Node</source>
        <translation>Mit einem Management Node verbinden</translation>
    </message>
    <message>
        <source>&amp;Saved deployments:</source>
        <translation>&amp;Gespeicherte Umgebungen:</translation>
    </message>
    <message>
        <source>Saved deployments</source>
        <translation>Gespeicherte Umgebungen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a deployment profile</source>
        <translation>Ein Umgebungsprofil hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected profile</source>
        <translation>Das ausgewählte Profil bearbeiten</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected profile</source>
        <translation>Das ausgewählte Profil entfernen</translation>
    </message>
    <message>
        <source>No deployment is saved yet. Choose Add… and enter the address of your Management Node and the account to sign in with, or open the demo deployment to try the console on a simulated one.</source>
        <translation>Es ist noch keine Umgebung gespeichert. Wählen Sie "Hinzufügen…" und geben Sie die Adresse Ihres Management Nodes und das Konto für die Anmeldung ein, oder öffnen Sie die Demo-Umgebung, um die Konsole an einer simulierten Umgebung auszuprobieren.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Remember password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>Remember password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>Hinweis zum Schlüsselbund</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Verbindungsproblem</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open &amp;demo deployment</source>
        <translation>&amp;Demo-Umgebung öffnen</translation>
    </message>
    <message>
        <source>Open demo deployment</source>
        <translation>Demo-Umgebung öffnen</translation>
    </message>
    <message>
        <source>Starts a simulated Management Node with Conferencing Nodes and live calls on this computer, to try the console without touching a real deployment.</source>
        <translation>Startet einen simulierten Management Node mit Konferenzknoten und laufenden Anrufen auf diesem Computer, um die Konsole auszuprobieren, ohne eine echte Umgebung zu berühren.</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 als %2</translation>
    </message>
    <message>
        <source>pinned, SHA-256 %1</source>
        <translation>festgelegt, SHA-256 %1</translation>
    </message>
    <message>
        <source>signed by the CA in %1</source>
        <translation>signiert von der CA in %1</translation>
    </message>
    <message>
        <source>checked on connection (trusted by this computer, or shown to you the first time)</source>
        <translation>wird beim Verbinden geprüft (von diesem Computer als vertrauenswürdig eingestuft oder Ihnen beim ersten Mal gezeigt)</translation>
    </message>
    <message>
        <source>reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <source>No system keychain is available in this desktop session, so passwords cannot be saved: a password you let the console remember is kept in memory until it closes, and asked for again next time. Start or unlock your keyring (for example GNOME Keyring or KWallet) to save it.</source>
        <translation>In dieser Desktop-Sitzung ist kein Schlüsselbund des Systems verfügbar, daher können Passwörter nicht gespeichert werden: Ein Passwort, das sich die Konsole merken soll, bleibt im Speicher, bis sie geschlossen wird, und wird beim nächsten Mal erneut abgefragt. Starten oder entsperren Sie Ihren Schlüsselbund (zum Beispiel GNOME Keyring oder KWallet), um es zu speichern.</translation>
    </message>
    <message>
        <source>Profile "%1" saved.</source>
        <translation>Profil "%1" gespeichert.</translation>
    </message>
    <message>
        <source>Profile "%1" added. Enter its password and press Connect.</source>
        <translation>Profil "%1" hinzugefügt. Geben Sie das Passwort ein und klicken Sie auf "Verbinden".</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile "%1"? Its password is deleted from the system keychain as well. The Management Node itself is not affected.</source>
        <translation>Das Profil "%1" entfernen? Sein Passwort wird auch aus dem Schlüsselbund des Systems gelöscht. Der Management Node selbst ist davon nicht betroffen.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Profile "%1" removed.</source>
        <translation>Profil "%1" entfernt.</translation>
    </message>
    <message>
        <source>There is no saved profile called "%1".</source>
        <translation>Es gibt kein gespeichertes Profil namens "%1".</translation>
    </message>
    <message>
        <source>There is no saved deployment to connect to. Choose Add… to enter one.</source>
        <translation>Es gibt keine gespeicherte Umgebung, mit der eine Verbindung möglich wäre. Wählen Sie "Hinzufügen…", um eine einzutragen.</translation>
    </message>
    <message>
        <source>Choose a deployment in the list first.</source>
        <translation>Wählen Sie zuerst eine Umgebung in der Liste.</translation>
    </message>
    <message>
        <source>Demo deployment</source>
        <translation>Demo-Umgebung</translation>
    </message>
    <message>
        <source>Starting the demo deployment on this computer…</source>
        <translation>Demo-Umgebung wird auf diesem Computer gestartet…</translation>
    </message>
    <message>
        <source>Reading the password from the system keychain…</source>
        <translation>Passwort wird aus dem Schlüsselbund des Systems gelesen…</translation>
    </message>
    <message>
        <source>Connecting to the demo deployment…</source>
        <translation>Verbindung mit der Demo-Umgebung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connecting to %1 as %2…</source>
        <translation>Verbindung mit %1 als %2 wird hergestellt…</translation>
    </message>
    <message>
        <source>Reading the Management Node's certificate…</source>
        <translation>Zertifikat des Management Nodes wird gelesen…</translation>
    </message>
    <message>
        <source>Waiting for your decision about the certificate…</source>
        <translation>Warten auf Ihre Entscheidung zum Zertifikat…</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>Passwort wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <source>Cancelled: not connected.</source>
        <translation>Abgebrochen: nicht verbunden.</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>The alert webhook was not saved: %1 Alerts of "%2" stay on this desktop.</source>
        <translation>Der Alarm-Webhook wurde nicht gespeichert: %1 Alarme von „%2“ bleiben auf diesem Desktop.</translation>
    </message>
</context>
<context>
    <name>iuc::ui::ConnectionIndicator</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>%1 — the table may be out of date</source>
        <translation>%1 — die Tabelle ist möglicherweise veraltet</translation>
    </message>
    <message>
        <source>No fresh data for a while: what you see is the last known state.</source>
        <translation>Seit einer Weile keine neuen Daten: Sie sehen den letzten bekannten Stand.</translation>
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
        <translation>Passwort nicht gespeichert</translation>
    </message>
    <message>
        <source>This build of the console has no demo deployment.</source>
        <translation>Diese Version der Konsole enthält keine Demo-Umgebung.</translation>
    </message>
    <message>
        <source>The guided upgrade was not opened.</source>
        <translation>Das geführte Upgrade wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>The guided upgrade is saved at "%1"; Run ▸ Guided upgrade… resumes it.</source>
        <translation>Das geführte Upgrade ist unter "%1" gespeichert; Durchlauf ▸ Geführtes Upgrade… setzt es fort.</translation>
    </message>
    <message>
        <source>%1 restarted at %2 UTC.</source>
        <translation>%1 wurde um %2 UTC neu gestartet.</translation>
    </message>
    <message>
        <source>%1 has not restarted yet. Check its console in the hypervisor; the console keeps watching.</source>
        <translation>%1 wurde noch nicht neu gestartet. Sehen Sie sich seine Konsole im Hypervisor an; die Konsole beobachtet weiter.</translation>
    </message>
</context>
<context>
    <name>iuc::ui::ContinuationCommand</name>
    <message>
        <source>&lt;b&gt;The upgrade to %1 that started at %2 stopped at its 24-hour limit&lt;/b&gt; with %3 of %4 systems upgraded.</source>
        <translation>&lt;b&gt;Das um %2 gestartete Upgrade auf %1 wurde an seiner 24-Stunden-Grenze gestoppt&lt;/b&gt;, mit %3 von %4 aktualisierten Systemen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The upgrade to %1 that started at %2 was abandoned&lt;/b&gt; when the Management Node was rebooted, with %3 of %4 systems upgraded.</source>
        <translation>&lt;b&gt;Das um %2 gestartete Upgrade auf %1 wurde abgebrochen&lt;/b&gt;, als der Management Node neu gestartet wurde, mit %3 von %4 aktualisierten Systemen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The upgrade to %1 that started at %2 ended&lt;/b&gt; with %3 of %4 systems upgraded.</source>
        <translation>&lt;b&gt;Das um %2 gestartete Upgrade auf %1 wurde beendet&lt;/b&gt;, mit %3 von %4 aktualisierten Systemen.</translation>
    </message>
    <message>
        <source>Each system stayed as it was, so versions are mixed now. Continuing installs the same package, which the Management Node still holds, on the systems left behind only.</source>
        <translation>Jedes System ist geblieben, wie es war; die Versionen sind jetzt also gemischt. Beim Fortsetzen wird dasselbe Paket, das der Management Node noch vorhält, nur auf den zurückgebliebenen Systemen installiert.</translation>
    </message>
    <message>
        <source>Continue the Upgrade</source>
        <translation>Upgrade fortsetzen</translation>
    </message>
    <message>
        <source>The console has not read the deployment yet.</source>
        <translation>Die Konsole hat die Umgebung noch nicht gelesen.</translation>
    </message>
    <message>
        <source>Wait until the status bar shows the connection as live, then try again.</source>
        <translation>Warten Sie, bis die Statusleiste die Verbindung als aktiv zeigt, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>There is no earlier upgrade to continue.</source>
        <translation>Es gibt kein früheres Upgrade, das fortgesetzt werden könnte.</translation>
    </message>
    <message>
        <source>To start an upgrade, upload a package (File ▸ Upload package).</source>
        <translation>Um ein Upgrade zu starten, laden Sie ein Paket hoch (Datei ▸ Paket hochladen).</translation>
    </message>
    <message>
        <source>The upgrade to %1 is still running.</source>
        <translation>Das Upgrade auf %1 läuft noch.</translation>
    </message>
    <message>
        <source>It goes on by itself with the systems it has not reached yet. Continue it only after it has stopped.</source>
        <translation>Es macht von selbst mit den Systemen weiter, die es noch nicht erreicht hat. Setzen Sie es erst fort, wenn es gestoppt hat.</translation>
    </message>
    <message>
        <source>Every system already runs %1.</source>
        <translation>Alle Systeme laufen bereits mit %1.</translation>
    </message>
    <message>
        <source>Nothing was left behind, so there is nothing to continue.</source>
        <translation>Kein System ist zurückgeblieben, daher gibt es nichts fortzusetzen.</translation>
    </message>
</context>
<context>
    <name>iuc::ui::DisconnectCallsCommand</name>
    <message>
        <source>Disconnect the calls on %1</source>
        <translation>Anrufe auf %1 trennen</translation>
    </message>
    <message>
        <source>Disconnect these calls on %1 (%2)? Each participant is cut off at once.</source>
        <translation>Diese Anrufe auf %1 trennen (%2)? Jeder Teilnehmer wird sofort getrennt.</translation>
    </message>
    <message>
        <source>Calls to disconnect</source>
        <translation>Zu trennende Anrufe</translation>
    </message>
    <message>
        <source>The node is waiting for these calls to end before it installs the upgrade. Once they are gone it goes on with its turn, without a reboot.</source>
        <translation>Der Knoten wartet auf das Ende dieser Anrufe, bevor er das Upgrade installiert. Sobald sie beendet sind, setzt er seinen Durchgang fort, ohne Neustart.</translation>
    </message>
    <message>
        <source>The node's turn timed out waiting for these calls and it went to the back of the queue. Without them, its next turn need not wait.</source>
        <translation>Der Durchgang des Knotens lief beim Warten auf diese Anrufe ab, und er wurde ans Ende der Warteschlange gesetzt. Ohne sie muss sein nächster Durchgang nicht warten.</translation>
    </message>
    <message>
        <source>The node keeps running; only these calls end. The participants can dial in again.</source>
        <translation>Der Knoten läuft weiter; nur diese Anrufe enden. Die Teilnehmer können sich erneut einwählen.</translation>
    </message>
    <message>
        <source>&amp;Disconnect Calls</source>
        <translation>Anrufe &amp;trennen</translation>
    </message>
    <message>
        <source>No call was disconnected: the console could not list the node's calls.</source>
        <translation>Kein Anruf wurde getrennt: Die Konsole konnte die Anrufe des Knotens nicht auflisten.</translation>
    </message>
    <message>
        <source>%1 has no calls right now.</source>
        <translation>%1 hat gerade keine Anrufe.</translation>
    </message>
    <message>
        <source>There is nothing to disconnect. A node that was waiting for its calls to end goes on with its turn by itself.</source>
        <translation>Es gibt nichts zu trennen. Ein Knoten, der auf das Ende seiner Anrufe gewartet hat, setzt seinen Durchgang von selbst fort.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>This Management Node's API has no command to disconnect a participant, so the console cannot end these calls itself.</source>
        <translation>Die API dieses Management Nodes hat keinen Befehl zum Trennen eines Teilnehmers, daher kann die Konsole diese Anrufe nicht selbst beenden.</translation>
    </message>
    <message>
        <source>End them from the Management Node's web interface, where each participant can be disconnected, or reboot the node, which drops them.</source>
        <translation>Beenden Sie sie über die Weboberfläche des Management Nodes, wo jeder Teilnehmer getrennt werden kann, oder starten Sie den Knoten neu, wodurch sie getrennt werden.</translation>
    </message>
    <message>
        <source>Disconnecting the calls on %1…</source>
        <translation>Anrufe auf %1 werden getrennt…</translation>
    </message>
    <message>
        <source>The run report will not show them: %1</source>
        <translation>Der Durchlaufbericht wird sie nicht zeigen: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Calls still on %1: %2. Try again, or reboot the node.</source>
        <translation>Noch Anrufe auf %1: %2. Versuchen Sie es erneut, oder starten Sie den Knoten neu.</translation>
    </message>
    <message>
        <source>Calls disconnected from %1: %2 of %3.</source>
        <translation>Von %1 getrennte Anrufe: %2 von %3.</translation>
    </message>
    <message>
        <source>Calls disconnected from %1: %2. If it was waiting for them, it goes on with its turn.</source>
        <translation>Von %1 getrennte Anrufe: %2. Falls er auf sie gewartet hat, setzt er seinen Durchgang fort.</translation>
    </message>
</context>
<context>
    <name>iuc::ui::DrainAheadPanel</name>
    <message>
        <source>&amp;Drain ahead of each turn</source>
        <translation>&amp;Vor jeder Reihe vorab leeren</translation>
    </message>
    <message>
        <source>Drain ahead</source>
        <translation>Vorab leeren</translation>
    </message>
    <message>
        <source>Puts the nodes that come next into maintenance mode before their turn, so their calls have ended when the Management Node reaches them; each is taken out again once it is on the new version. For the run in progress only.</source>
        <translation>Versetzt die als Nächstes folgenden Knoten vor ihrer Reihe in den Wartungsmodus, damit ihre Anrufe beendet sind, wenn der Management Node sie erreicht; jeder wird wieder herausgenommen, sobald er die neue Version hat. Nur für den laufenden Durchlauf.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The share of each location's capacity that stays in service: the console drains no node ahead that would take a location below it, and never a location's last node in service.</source>
        <translation>Der Anteil der Kapazität jedes Standorts, der in Betrieb bleibt: die Konsole leert keinen Knoten vorab, der einen Standort darunter brächte, und nie den letzten Knoten eines Standorts in Betrieb.</translation>
    </message>
    <message>
        <source>Capacity kept in service per location</source>
        <translation>In Betrieb gehaltene Kapazität je Standort</translation>
    </message>
    <message>
        <source>&amp;Keep in service:</source>
        <translation>In &amp;Betrieb halten:</translation>
    </message>
    <message>
        <source>%1: %2 % in service</source>
        <translation>%1: %2 % in Betrieb</translation>
    </message>
    <message>
        <source>%1: %2 of %3 nodes in service; drain ahead keeps at least %4 %.</source>
        <translation>%1: %2 von %3 Knoten in Betrieb; vorab leeren hält mindestens %4 %.</translation>
    </message>
    <message>
        <source>Nodes drained ahead: %1. Kept in service by the guardrail: %2.</source>
        <translation>Vorab geleerte Knoten: %1. Von der Kapazitätsgrenze in Betrieb gehalten: %2.</translation>
    </message>
    <message>
        <source>Returning %1 nodes drained ahead to service…</source>
        <translation>%1 vorab geleerte Knoten werden wieder in Betrieb genommen…</translation>
    </message>
    <message>
        <source>Off. Turn it on while the Conferencing Nodes are being upgraded.</source>
        <translation>Aus. Schalten Sie es ein, während die Konferenzknoten aktualisiert werden.</translation>
    </message>
    <message>
        <source>Off: turn it on to drain the next nodes ahead of their turns.</source>
        <translation>Aus: Schalten Sie es ein, um die nächsten Knoten vor ihrem Zug zu leeren.</translation>
    </message>
</context>
<context>
    <name>iuc::ui::FlowCommand</name>
    <message>
        <source>its address</source>
        <translation>seine Adresse</translation>
    </message>
    <message>
        <source>Reboot %1</source>
        <translation>%1 neu starten</translation>
    </message>
    <message>
        <source>This Management Node has no reboot command in its API, so the console cannot reboot %1 itself.</source>
        <translation>Dieser Management Node hat keinen Neustartbefehl in seiner API, daher kann die Konsole %1 nicht selbst neu starten.</translation>
    </message>
    <message>
        <source>Reboot its virtual machine in the hypervisor, or sign in to %1 over SSH and run sudo reboot. The console keeps watching: it shows the restart and carries on when the system is back.</source>
        <translation>Starten Sie seine virtuelle Maschine im Hypervisor neu, oder melden Sie sich per SSH an %1 an und führen Sie sudo reboot aus. Die Konsole beobachtet weiter: sie zeigt den Neustart und macht weiter, sobald das System zurück ist.</translation>
    </message>
    <message>
        <source>It has no calls right now: rebooting it disconnects nobody.</source>
        <translation>Er hat gerade keine Anrufe: ein Neustart trennt niemanden.</translation>
    </message>
    <message>
        <source>%1 in %2 (%3)</source>
        <translation>%1 in %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Rebooting it disconnects these calls (%n):</source>
        <translation>
            <numerusform>Ein Neustart trennt diesen Anruf (%n):</numerusform>
            <numerusform>Ein Neustart trennt diese Anrufe (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iuc::ui::GuidedChecklistPage</name>
    <message>
        <source>Before the first upgrade</source>
        <translation>Vor dem ersten Upgrade</translation>
    </message>
    <message>
        <source>Confirm each item. The reboots are checked on the Management Node.</source>
        <translation>Bestätigen Sie jeden Punkt. Die Neustarts werden auf dem Management Node geprüft.</translation>
    </message>
    <message>
        <source>Begin upgrading</source>
        <translation>Upgrade beginnen</translation>
    </message>
    <message>
        <source>1. Management Node snapshot</source>
        <translation>1. Snapshot des Management Nodes</translation>
    </message>
    <message>
        <source>A snapshot of the Management Node is taken in the hypervisor</source>
        <translation>Ein Snapshot des Management Nodes ist im Hypervisor erstellt</translation>
    </message>
    <message>
        <source>It is the way back if an upgrade fails, and the only way to downgrade.</source>
        <translation>Er ist der Weg zurück, falls ein Upgrade fehlschlägt, und die einzige Möglichkeit für ein Downgrade.</translation>
    </message>
    <message>
        <source>The Management Node runs v8: the snapshot must be non-quiescing (v8.1 fixed the incompatibility that needs this).</source>
        <translation>Der Management Node läuft mit v8: Der Snapshot muss ohne Quiescing erstellt werden (v8.1 hat die Inkompatibilität behoben, die dies erfordert).</translation>
    </message>
    <message>
        <source>2. Conferencing Node snapshots (optional)</source>
        <translation>2. Snapshots der Konferenzknoten (optional)</translation>
    </message>
    <message>
        <source>Snapshots of the Conferencing Nodes are taken</source>
        <translation>Snapshots der Konferenzknoten sind erstellt</translation>
    </message>
    <message>
        <source>No snapshots: if ever needed, I redeploy the Conferencing Nodes from the Management Node</source>
        <translation>Keine Snapshots: Bei Bedarf stelle ich die Konferenzknoten vom Management Node aus neu bereit</translation>
    </message>
    <message>
        <source>3. Reboot every Conferencing Node</source>
        <translation>3. Alle Konferenzknoten neu starten</translation>
    </message>
    <message>
        <source>Reboot them from the hypervisor, with "sudo reboot" over SSH, or here. Each node's boot time shows when it has.</source>
        <translation>Starten Sie sie im Hypervisor, mit "sudo reboot" über SSH oder hier neu. Die Startzeit jedes Knotens zeigt, wann das geschehen ist.</translation>
    </message>
    <message>
        <source>Reboot all…</source>
        <translation>Alle neu starten…</translation>
    </message>
    <message>
        <source>Ask the Management Node to reboot every Conferencing Node; their calls are dropped</source>
        <translation>Den Management Node alle Konferenzknoten neu starten lassen; ihre Anrufe werden abgebrochen</translation>
    </message>
    <message>
        <source>4. Backup</source>
        <translation>4. Sicherung</translation>
    </message>
    <message>
        <source>A recent backup of the configuration exists</source>
        <translation>Eine aktuelle Sicherung der Konfiguration ist vorhanden</translation>
    </message>
    <message>
        <source>Waiting for the Management Node's data…</source>
        <translation>Warten auf Daten des Management Nodes…</translation>
    </message>
    <message>
        <source>Every Conferencing Node rebooted after the checklist began.</source>
        <translation>Alle Konferenzknoten wurden nach Beginn der Checkliste neu gestartet.</translation>
    </message>
    <message>
        <source>Reboot every Conferencing Node</source>
        <translation>Alle Konferenzknoten neu starten</translation>
    </message>
    <message numerus="yes">
        <source>Reboot every Conferencing Node now (%n in all)?</source>
        <translation>
            <numerusform>Alle Konferenzknoten jetzt neu starten (insgesamt %n)?</numerusform>
            <numerusform>Alle Konferenzknoten jetzt neu starten (insgesamt %n)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every call on them is dropped (calls in progress now: %n). Each node is back after a minute or two; nodes that cannot be contacted are left out and must be rebooted from the hypervisor.</source>
        <translation>
            <numerusform>Alle Anrufe auf ihnen werden abgebrochen (laufende Anrufe: %n). Jeder Knoten ist nach ein, zwei Minuten zurück; nicht erreichbare Knoten werden ausgelassen und müssen im Hypervisor neu gestartet werden.</numerusform>
            <numerusform>Alle Anrufe auf ihnen werden abgebrochen (laufende Anrufe: %n). Jeder Knoten ist nach ein, zwei Minuten zurück; nicht erreichbare Knoten werden ausgelassen und müssen im Hypervisor neu gestartet werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reboot all</source>
        <translation>Alle neu starten</translation>
    </message>
    <message>
        <source>The Conferencing Nodes were not rebooted.</source>
        <translation>Die Konferenzknoten wurden nicht neu gestartet.</translation>
    </message>
    <message numerus="yes">
        <source>Conferencing Nodes rebooting: %n…</source>
        <translation>
            <numerusform>Konferenzknoten im Neustart: %n…</numerusform>
            <numerusform>Konferenzknoten im Neustart: %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>This Management Node has no reboot command in its API: reboot each node in the hypervisor, or sign in to it over SSH and run "sudo reboot". Each node's boot time shows when it has.</source>
        <translation>Dieser Management Node hat keinen Neustart-Befehl in seiner API: Starten Sie jeden Knoten im Hypervisor neu, oder melden Sie sich per SSH an und führen Sie „sudo reboot“ aus. Die Startzeit jedes Knotens zeigt, wann es geschehen ist.</translation>
    </message>
    <message>
        <source>To reboot: %1.</source>
        <translation>Neu zu starten: %1.</translation>
    </message>
</context>
<context>
    <name>iuc::ui::GuidedDetectPage</name>
    <message>
        <source>Installed versions and the plan</source>
        <translation>Installierte Versionen und der Plan</translation>
    </message>
    <message>
        <source>What each system runs now, and the upgrades it takes to reach the newest version.</source>
        <translation>Womit jedes System jetzt läuft und welche Upgrades nötig sind, um die neueste Version zu erreichen.</translation>
    </message>
    <message>
        <source>Reading the installed versions from the Management Node…</source>
        <translation>Installierte Versionen werden vom Management Node gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>the Management Node; Conferencing Nodes: %n</source>
        <translation>
            <numerusform>der Management Node; Konferenzknoten: %n</numerusform>
            <numerusform>der Management Node; Konferenzknoten: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conferencing Nodes: %n</source>
        <translation>
            <numerusform>Konferenzknoten: %n</numerusform>
            <numerusform>Konferenzknoten: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The systems run different versions: an earlier upgrade did not reach every node. The plan finishes it first.</source>
        <translation>Die Systeme laufen mit unterschiedlichen Versionen: Ein früheres Upgrade hat nicht jeden Knoten erreicht. Der Plan schließt es zuerst ab.</translation>
    </message>
</context>
<context>
    <name>iuc::ui::GuidedFinishPage</name>
    <message>
        <source>The guided upgrade is done</source>
        <translation>Das geführte Upgrade ist abgeschlossen</translation>
    </message>
    <message>
        <source>Export the report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>Every system runs %1.</source>
        <translation>Alle Systeme laufen mit %1.</translation>
    </message>
    <message>
        <source>Take a fresh backup of the configuration now: the backups taken before the upgrade belong to the old version.</source>
        <translation>Erstellen Sie jetzt eine neue Sicherung der Konfiguration: Die vor dem Upgrade erstellten Sicherungen gehören zur alten Version.</translation>
    </message>
    <message>
        <source>New configuration-only Conferencing Nodes must be deployed from the VM template of version %1: a template of any other version does not work.</source>
        <translation>Neue reine Konfigurationsknoten müssen aus der VM-Vorlage der Version %1 bereitgestellt werden: Eine Vorlage einer anderen Version funktioniert nicht.</translation>
    </message>
    <message>
        <source>The configuration-only nodes already deployed (%1) were upgraded like the others.</source>
        <translation>Die bereits bereitgestellten reinen Konfigurationsknoten (%1) wurden wie die anderen aktualisiert.</translation>
    </message>
    <message>
        <source>The report lists every step: who ran it, when, the package's SHA-256, and each node's timings and outcome.</source>
        <translation>Der Bericht führt jeden Schritt auf: wer ihn ausgeführt hat, wann, den SHA-256 des Pakets sowie Zeiten und Ergebnis jedes Knotens.</translation>
    </message>
    <message>
        <source>Export the guided upgrade's report</source>
        <translation>Bericht des geführten Upgrades exportieren</translation>
    </message>
    <message>
        <source>Web page (*.html);;Spreadsheet (*.csv)</source>
        <translation>Webseite (*.html);;Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Reading the runs from the Management Node…</source>
        <translation>Durchläufe werden vom Management Node gelesen…</translation>
    </message>
    <message>
        <source>The guided upgrade has no saved steps.</source>
        <translation>Das geführte Upgrade hat keine gespeicherten Schritte.</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>Der Bericht wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (runs: %n).</source>
        <translation>
            <numerusform>%1 gespeichert (Durchläufe: %n).</numerusform>
            <numerusform>%1 gespeichert (Durchläufe: %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>The guided upgrade was closed before the report was saved.</source>
        <translation>Das geführte Upgrade wurde geschlossen, bevor der Bericht gespeichert war.</translation>
    </message>
</context>
<context>
    <name>iuc::ui::GuidedHopPage</name>
    <message>
        <source>The upgrade package for this step</source>
        <translation>Das Upgrade-Paket für diesen Schritt</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Upload and start…</source>
        <translation>Hochladen und starten…</translation>
    </message>
    <message>
        <source>%v of %m systems upgraded</source>
        <translation>%v von %m Systemen aktualisiert</translation>
    </message>
    <message>
        <source>Upgrade the systems left behind…</source>
        <translation>Zurückgebliebene Systeme aktualisieren…</translation>
    </message>
    <message>
        <source>Some systems are still on an older version: the package the Management Node runs (%1) upgrades only those (a repeat run).</source>
        <translation>Einige Systeme sind noch auf einer älteren Version: Das Paket, mit dem der Management Node läuft (%1), aktualisiert nur diese (ein erneutes Upgrade).</translation>
    </message>
    <message>
        <source>Choose the version %1 package. The console checks it, uploads it, shows the confirmation and watches the run; the step is done when every system runs it.</source>
        <translation>Wählen Sie das Paket der Version %1. Die Konsole prüft es, lädt es hoch, zeigt die Bestätigung an und verfolgt den Durchlauf; der Schritt ist abgeschlossen, wenn alle Systeme damit laufen.</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Finish the upgrade</source>
        <translation>Upgrade abschließen</translation>
    </message>
    <message>
        <source>Choose the upgrade package</source>
        <translation>Upgrade-Paket auswählen</translation>
    </message>
    <message>
        <source>Upgrade packages (*.tar *.tgz *.tar.gz *.pkg);;All files (*)</source>
        <translation>Upgrade-Pakete (*.tar *.tgz *.tar.gz *.pkg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the package file for this step first.</source>
        <translation>Wählen Sie zuerst die Paketdatei für diesen Schritt.</translation>
    </message>
    <message>
        <source>Version %1: the package for this step.</source>
        <translation>Version %1: das Paket für diesen Schritt.</translation>
    </message>
    <message>
        <source>The upgrade to %1 started.</source>
        <translation>Das Upgrade auf %1 wurde gestartet.</translation>
    </message>
    <message>
        <source>The Management Node is rebooting into the new version, as it does in every upgrade. The console reconnects by itself; nothing needs doing.</source>
        <translation>Der Management Node startet mit der neuen Version neu, wie bei jedem Upgrade. Die Konsole verbindet sich von selbst wieder; es ist nichts zu tun.</translation>
    </message>
    <message>
        <source>Waiting for the Management Node to report the run…</source>
        <translation>Warten, bis der Management Node den Durchlauf meldet…</translation>
    </message>
    <message>
        <source>Verified: every system runs %1 and is idle.</source>
        <translation>Geprüft: Alle Systeme laufen mit %1 und sind im Leerlauf.</translation>
    </message>
    <message>
        <source>Fix what kept them back (reboot a stuck node, bring back one that cannot be contacted), then upgrade them with the same package.</source>
        <translation>Beheben Sie, was sie aufgehalten hat (einen festhängenden Knoten neu starten, einen nicht erreichbaren zurückbringen), und aktualisieren Sie sie dann mit demselben Paket.</translation>
    </message>
</context>
<context>
    <name>iuc::ui::GuidedWizard</name>
    <message>
        <source>Guided upgrade — %1</source>
        <translation>Geführtes Upgrade — %1</translation>
    </message>
    <message>
        <source>Close and resume later</source>
        <translation>Schließen und später fortsetzen</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Beginnen</translation>
    </message>
</context>
<context>
    <name>iuc::ui::LogFileWindow</name>
    <message>
        <source>Every line was logged &amp;during an upgrade</source>
        <translation>Jede Zeile wurde &amp;während eines Upgrades protokolliert</translation>
    </message>
    <message>
        <source>Administrator log — %1</source>
        <translation>Administratorprotokoll — %1</translation>
    </message>
    <message>
        <source>The errors expected during an upgrade are only expected then. Lines within a run this console saw are judged by its times; tick this when the file is from an upgrade the console did not see.</source>
        <translation>Die während eines Upgrades erwarteten Fehler sind nur dann erwartet. Zeilen innerhalb eines Laufs, den diese Konsole gesehen hat, werden nach dessen Zeiten beurteilt; kreuzen Sie dies an, wenn die Datei von einem Upgrade stammt, das die Konsole nicht gesehen hat.</translation>
    </message>
    <message>
        <source>Lines: %1; unexpected errors: %2</source>
        <translation>Zeilen: %1; unerwartete Fehler: %2</translation>
    </message>
</context>
<context>
    <name>iuc::ui::LogPanel</name>
    <message>
        <source>&amp;Errors only</source>
        <translation>Nur &amp;Fehler</translation>
    </message>
    <message>
        <source>Administrator log</source>
        <translation>Administratorprotokoll</translation>
    </message>
    <message>
        <source>Shows only the log's error lines</source>
        <translation>Zeigt nur die Fehlerzeilen des Protokolls</translation>
    </message>
    <message>
        <source>%1 (expected)</source>
        <translation>%1 (erwartet)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unexpected errors: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Unerwartete Fehler: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No unexpected errors</source>
        <translation>Keine unerwarteten Fehler</translation>
    </message>
    <message>
        <source>Errors that are not among those expected during an upgrade</source>
        <translation>Fehler, die nicht zu den während eines Upgrades erwarteten gehören</translation>
    </message>
    <message>
        <source>Receive by &amp;syslog…</source>
        <translation>Per &amp;Syslog empfangen…</translation>
    </message>
    <message>
        <source>&amp;Open log file…</source>
        <translation>Protokolldatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Receive the administrator log as a syslog server, from a Management Node that does not serve it through its API</source>
        <translation>Das Administratorprotokoll als Syslog-Server empfangen, von einem Management Node, der es nicht über seine API liefert</translation>
    </message>
    <message>
        <source>Show an administrator log downloaded from the Management Node, with the errors expected during an upgrade marked</source>
        <translation>Ein vom Management Node heruntergeladenes Administratorprotokoll zeigen, mit den während eines Upgrades erwarteten Fehlern markiert</translation>
    </message>
    <message>
        <source>Not in this Management Node's API: receive it by syslog, or open a downloaded log</source>
        <translation>Nicht in der API dieses Management Node: per Syslog empfangen oder ein heruntergeladenes Protokoll öffnen</translation>
    </message>
    <message>
        <source>Real Management Nodes offer the administrator log as a download in their web interface and send it to syslog servers. The console can be one of them for the upgrade.</source>
        <translation>Echte Management Nodes bieten das Administratorprotokoll in ihrer Weboberfläche zum Herunterladen an und senden es an Syslog-Server. Die Konsole kann für das Upgrade einer davon sein.</translation>
    </message>
    <message>
        <source>Stop &amp;syslog…</source>
        <translation>&amp;Syslog beenden…</translation>
    </message>
    <message>
        <source>UDP and TCP</source>
        <translation>UDP und TCP</translation>
    </message>
    <message>
        <source>By syslog on port %1 (%2), lines received: %3</source>
        <translation>Per Syslog auf Port %1 (%2), empfangene Zeilen: %3</translation>
    </message>
    <message>
        <source> · in the Management Node's syslog servers</source>
        <translation> · in den Syslog-Servern des Management Node</translation>
    </message>
    <message>
        <source>Stopped receiving the administrator log by syslog.</source>
        <translation>Der Empfang des Administratorprotokolls per Syslog ist beendet.</translation>
    </message>
    <message>
        <source>Open an administrator log</source>
        <translation>Ein Administratorprotokoll öffnen</translation>
    </message>
    <message>
        <source>Logs (*.log *.txt);;All files (*)</source>
        <translation>Protokolle (*.log *.txt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>iuc::ui::LogTableModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>%1 (expected)</source>
        <translation>%1 (erwartet)</translation>
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
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Connect to a Management Node</source>
        <translation>Mit einem Management Node verbinden</translation>
    </message>
    <message>
        <source>&amp;Upload package…</source>
        <translation>Paket &amp;hochladen…</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Check an upgrade package, upload it and start the upgrade</source>
        <translation>Ein Upgrade-Paket prüfen, hochladen und das Upgrade starten</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save the run's history for a change record</source>
        <translation>Den Verlauf des Durchlaufs für einen Change-Nachweis speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Close the console</source>
        <translation>Die Konsole schließen</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>Jetzt &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Ask the Management Node for fresh data now</source>
        <translation>Jetzt neue Daten vom Management Node abrufen</translation>
    </message>
    <message>
        <source>&amp;Wall display</source>
        <translation>&amp;Wandanzeige</translation>
    </message>
    <message>
        <source>A full-screen, read-only view for a wall screen</source>
        <translation>Eine Vollbildansicht ohne Bedienung, für einen Wandbildschirm</translation>
    </message>
    <message>
        <source>Reboot the &amp;Management Node…</source>
        <translation>&amp;Management Node neu starten…</translation>
    </message>
    <message>
        <source>Restart the Management Node; this abandons a run in progress and lifts its lock</source>
        <translation>Den Management Node neu starten; das bricht einen laufenden Durchlauf ab und hebt seine Sperre auf</translation>
    </message>
    <message>
        <source>Reboot the selected &amp;node…</source>
        <translation>Ausgewählten &amp;Knoten neu starten…</translation>
    </message>
    <message>
        <source>Restart the selected Conferencing Node; its calls are dropped</source>
        <translation>Den ausgewählten Konferenzknoten neu starten; seine Anrufe werden getrennt</translation>
    </message>
    <message>
        <source>Re&amp;peat the upgrade for the systems left behind…</source>
        <translation>Upgrade für zurückgebliebene Systeme &amp;wiederholen…</translation>
    </message>
    <message>
        <source>Start a repeat run for the systems the stopped run did not reach</source>
        <translation>Einen Wiederholungsdurchlauf für die Systeme starten, die der gestoppte Durchlauf nicht erreicht hat</translation>
    </message>
    <message>
        <source>&amp;Downgrade and recovery…</source>
        <translation>&amp;Downgrade und Wiederherstellung…</translation>
    </message>
    <message>
        <source>How to go back to the previous version</source>
        <translation>So kehren Sie zur vorherigen Version zurück</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>About this console</source>
        <translation>Über diese Konsole</translation>
    </message>
    <message>
        <source>Show &amp;charts</source>
        <translation>&amp;Diagramme anzeigen</translation>
    </message>
    <message>
        <source>Show the &amp;log</source>
        <translation>&amp;Protokoll anzeigen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Refresh &amp;every</source>
        <translation>Aktualisierungs&amp;intervall</translation>
    </message>
    <message>
        <source>Every %1 s</source>
        <translation>Alle %1 s</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>D&amp;urchlauf</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
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
        <translation>Über Infinity Upgrade Console</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Infinity Upgrade Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Follows and steers rolling upgrades of a Pexip Infinity platform: the Management Node first, then every Conferencing Node in turn.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Infinity Upgrade Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Verfolgt und steuert rollierende Upgrades einer Pexip-Infinity-Plattform: zuerst den Management Node, dann nacheinander jeden Konferenzknoten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Guided upgrade…</source>
        <translation>&amp;Geführtes Upgrade…</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Upgrade step by step across major versions (v3 → v6 → v11), with the checks before and after each step</source>
        <translation>Schrittweise über Hauptversionen hinweg aktualisieren (v3 → v6 → v11), mit den Prüfungen vor und nach jedem Schritt</translation>
    </message>
    <message>
        <source>&amp;Disconnect the selected node's calls…</source>
        <translation>Anrufe des ausgewählten Knotens &amp;trennen…</translation>
    </message>
    <message>
        <source>End the calls on the selected Conferencing Node without rebooting it; they are listed first</source>
        <translation>Die Anrufe auf dem ausgewählten Konferenzknoten beenden, ohne ihn neu zu starten; sie werden zuerst aufgelistet</translation>
    </message>
</context>
<context>
    <name>iuc::ui::ManagementCard</name>
    <message>
        <source>Management Node</source>
        <translation>Management Node</translation>
    </message>
    <message>
        <source>Waiting for the first answer…</source>
        <translation>Warten auf die erste Antwort…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Installed version: %1</source>
        <translation>Installierte Version: %1</translation>
    </message>
    <message>
        <source>Rebooting — expected during the upgrade; reconnecting…</source>
        <translation>Neustart — während des Upgrades erwartet; Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>The console keeps the last picture and carries on by itself when the Management Node answers again.</source>
        <translation>Die Konsole behält den letzten Stand und macht von selbst weiter, sobald der Management Node wieder antwortet.</translation>
    </message>
    <message>
        <source>Installing the new version; it will restart by itself (expected)</source>
        <translation>Die neue Version wird installiert; er startet von selbst neu (erwartet)</translation>
    </message>
    <message>
        <source>Being upgraded first, to %1; the Conferencing Nodes follow.</source>
        <translation>Wird zuerst aktualisiert, auf %1; die Konferenzknoten folgen.</translation>
    </message>
    <message>
        <source>Up since %1</source>
        <translation>Läuft seit %1</translation>
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
        <translation>Name, Standort, Version, Adresse, Status</translation>
    </message>
    <message>
        <source>Filter nodes</source>
        <translation>Knoten filtern</translation>
    </message>
    <message>
        <source>Shows only the nodes whose name, location, version, address or status contains this text</source>
        <translation>Zeigt nur die Knoten, deren Name, Standort, Version, Adresse oder Status diesen Text enthält</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Conferencing Nodes</source>
        <translation>Konferenzknoten</translation>
    </message>
    <message>
        <source>Show &amp;all statuses</source>
        <translation>&amp;Alle Status anzeigen</translation>
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
        <translation>&amp;Status: %1 ausgewählt</translation>
    </message>
    <message>
        <source>&amp;Reboot node…</source>
        <translation>&amp;Knoten neu starten…</translation>
    </message>
    <message>
        <source>Restart %1; its calls are dropped</source>
        <translation>%1 neu starten; seine Anrufe werden getrennt</translation>
    </message>
    <message>
        <source>Copy &amp;name</source>
        <translation>&amp;Name kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>&amp;Adresse kopieren</translation>
    </message>
    <message>
        <source>Nodes: %1</source>
        <translation>Knoten: %1</translation>
    </message>
    <message>
        <source>Nodes: %1 of %2 shown</source>
        <translation>Knoten: %1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>&amp;Disconnect calls…</source>
        <translation>Anrufe &amp;trennen…</translation>
    </message>
    <message>
        <source>End the calls on %1 without restarting it</source>
        <translation>Die Anrufe auf %1 beenden, ohne ihn neu zu starten</translation>
    </message>
</context>
<context>
    <name>iuc::ui::ProfileEditor</name>
    <message>
        <source>Edit deployment profile</source>
        <translation>Umgebungsprofil bearbeiten</translation>
    </message>
    <message>
        <source>Add deployment profile</source>
        <translation>Umgebungsprofil hinzufügen</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>e.g. Oslo production</source>
        <translation>z. B. Oslo Produktion</translation>
    </message>
    <message>
        <source>Management Node address</source>
        <translation>Adresse des Management Nodes</translation>
    </message>
    <message>
        <source>https://manager.example.com</source>
        <translation>https://manager.example.com</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>the Management Node account, e.g. admin</source>
        <translation>das Konto auf dem Management Node, z. B. admin</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>optional: the CA that signed its certificate</source>
        <translation>optional: die CA, die sein Zertifikat signiert hat</translation>
    </message>
    <message>
        <source>Trusted certificate fingerprint</source>
        <translation>Vertrauenswürdiger Zertifikat-Fingerabdruck</translation>
    </message>
    <message>
        <source>empty: check the certificate on the next connection</source>
        <translation>leer: bei der nächsten Verbindung prüfen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for a CA certificate file</source>
        <translation>Nach einer CA-Zertifikatsdatei suchen</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>C&amp;A-Datei:</translation>
    </message>
    <message>
        <source>&amp;Trusted fingerprint:</source>
        <translation>&amp;Fingerabdruck:</translation>
    </message>
    <message>
        <source>The password is not part of the profile: it is asked for in the Connect dialog and kept in the system keychain only if you tick "Remember". The trusted fingerprint is filled in when you accept the Management Node's certificate; clear it, or paste the new one, after the certificate was replaced.</source>
        <translation>Das Passwort gehört nicht zum Profil: Es wird im Dialog "Verbinden" abgefragt und nur dann im Schlüsselbund des Systems gespeichert, wenn Sie "Merken" ankreuzen. Der vertrauenswürdige Fingerabdruck wird eingetragen, wenn Sie das Zertifikat des Management Nodes annehmen; löschen Sie ihn oder fügen Sie den neuen ein, nachdem das Zertifikat ersetzt wurde.</translation>
    </message>
    <message>
        <source>Problem with the profile</source>
        <translation>Problem mit dem Profil</translation>
    </message>
    <message>
        <source>There is already a profile called "%1". Choose another name, or edit that profile instead.</source>
        <translation>Es gibt bereits ein Profil namens "%1". Wählen Sie einen anderen Namen oder bearbeiten Sie stattdessen dieses Profil.</translation>
    </message>
    <message>
        <source>There is no file %1. Choose the CA certificate file with Browse…, or leave the field empty.</source>
        <translation>Die Datei %1 existiert nicht. Wählen Sie die CA-Zertifikatsdatei mit "Durchsuchen…" oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Alert webhook URL</source>
        <translation>URL des Alarm-Webhooks</translation>
    </message>
    <message>
        <source>optional: an https:// incoming-webhook URL for alerts</source>
        <translation>optional: eine https://-URL eines eingehenden Webhooks für Alarme</translation>
    </message>
    <message>
        <source>in the keychain: %1 — type a URL to replace it</source>
        <translation>im Schlüsselbund: %1 — geben Sie eine URL ein, um sie zu ersetzen</translation>
    </message>
    <message>
        <source>Alert &amp;webhook:</source>
        <translation>Alarm-&amp;Webhook:</translation>
    </message>
    <message>
        <source>Remove the saved webhook</source>
        <translation>Gespeicherten Webhook entfernen</translation>
    </message>
</context>
<context>
    <name>iuc::ui::RebootManagementCommand</name>
    <message>
        <source>The Management Node is restarting already.</source>
        <translation>Der Management Node startet bereits neu.</translation>
    </message>
    <message>
        <source>The Management Node was not rebooted: the console could not check whether an upgrade is running.</source>
        <translation>Der Management Node wurde nicht neu gestartet: Die Konsole konnte nicht prüfen, ob ein Upgrade läuft.</translation>
    </message>
    <message>
        <source>An upgrade to %1 is running: %2 of %3 systems upgraded. Rebooting abandons it. A node that is installing finishes its installation; a node waiting for its calls to end leaves maintenance mode; the nodes still queued are not upgraded. The upgrade lock is lifted, so you can start a new upgrade once the Management Node is back.</source>
        <translation>Ein Upgrade auf %1 läuft: %2 von %3 Systemen aktualisiert. Ein Neustart bricht es ab. Ein Knoten, der gerade installiert, schließt die Installation ab; ein Knoten, der auf das Ende seiner Anrufe wartet, verlässt den Wartungsmodus; die noch wartenden Knoten werden nicht aktualisiert. Die Upgrade-Sperre wird aufgehoben, sodass Sie ein neues Upgrade starten können, sobald der Management Node wieder da ist.</translation>
    </message>
    <message>
        <source>The Management Node's web pages and API are unavailable for a few minutes while it restarts; calls on the Conferencing Nodes go on. The console reconnects by itself.</source>
        <translation>Die Webseiten und die API des Management Nodes sind während des Neustarts einige Minuten nicht verfügbar; die Anrufe auf den Konferenzknoten laufen weiter. Die Konsole verbindet sich von selbst wieder.</translation>
    </message>
    <message>
        <source>Reboot the Management Node</source>
        <translation>Management Node neu starten</translation>
    </message>
    <message>
        <source>Reboot the Management Node now?</source>
        <translation>Den Management Node jetzt neu starten?</translation>
    </message>
    <message>
        <source>Reboot Management Node</source>
        <translation>Management Node neu starten</translation>
    </message>
    <message>
        <source>The Management Node was not rebooted.</source>
        <translation>Der Management Node wurde nicht neu gestartet.</translation>
    </message>
    <message>
        <source>The Management Node is restarting; the console reconnects when it is back.</source>
        <translation>Der Management Node startet neu; die Konsole verbindet sich wieder, sobald er zurück ist.</translation>
    </message>
    <message>
        <source>the Management Node</source>
        <translation>den Management Node</translation>
    </message>
    <message>
        <source>An upgrade is running: rebooting the Management Node abandons it. A node that is installing finishes; a node waiting for its calls leaves maintenance mode; the nodes still queued are not upgraded. The upgrade lock is lifted.</source>
        <translation>Ein Upgrade läuft: ein Neustart des Management Node bricht es ab. Ein Knoten, der gerade installiert, schließt ab; ein Knoten, der auf das Ende seiner Anrufe wartet, verlässt den Wartungsmodus; die noch wartenden Knoten werden nicht aktualisiert. Die Upgrade-Sperre wird aufgehoben.</translation>
    </message>
</context>
<context>
    <name>iuc::ui::RebootNodeCommand</name>
    <message>
        <source>Reboot %1</source>
        <translation>%1 neu starten</translation>
    </message>
    <message>
        <source>%1 has no calls right now: rebooting it disconnects nobody.</source>
        <translation>%1 hat gerade keine Anrufe: Ein Neustart trennt niemanden.</translation>
    </message>
    <message>
        <source>Rebooting %1 disconnects these calls at once (%2):</source>
        <translation>Ein Neustart von %1 trennt sofort diese Anrufe (%2):</translation>
    </message>
    <message>
        <source>Calls that the reboot disconnects</source>
        <translation>Anrufe, die der Neustart trennt</translation>
    </message>
    <message>
        <source>The node is waiting for these calls to end before it installs the upgrade. Once it is back it goes on with its turn, and the run continues with the next node.</source>
        <translation>Der Knoten wartet, bis diese Anrufe beendet sind, bevor er das Upgrade installiert. Sobald er wieder da ist, setzt er seine Runde fort, und der Durchlauf geht mit dem nächsten Knoten weiter.</translation>
    </message>
    <message>
        <source>The node is installing the upgrade: a reboot now makes this attempt fail, and the run tries the node again later.</source>
        <translation>Der Knoten installiert gerade das Upgrade: Ein Neustart jetzt lässt diesen Versuch scheitern, und der Durchlauf versucht den Knoten später erneut.</translation>
    </message>
    <message>
        <source>The node is unavailable for a minute or two while it restarts.</source>
        <translation>Der Knoten ist während des Neustarts ein bis zwei Minuten nicht verfügbar.</translation>
    </message>
    <message>
        <source>&amp;Reboot Node</source>
        <translation>&amp;Knoten neu starten</translation>
    </message>
    <message>
        <source>Reboot node</source>
        <translation>Knoten neu starten</translation>
    </message>
    <message>
        <source>The node was not rebooted: the console could not read the node's address.</source>
        <translation>Der Knoten wurde nicht neu gestartet: Die Konsole konnte seine Adresse nicht lesen.</translation>
    </message>
    <message>
        <source>There is no Conferencing Node with id %1.</source>
        <translation>Es gibt keinen Konferenzknoten mit der ID %1.</translation>
    </message>
    <message>
        <source>It may have been removed since the last refresh. Refresh the node table, then choose the node again.</source>
        <translation>Er wurde möglicherweise seit der letzten Aktualisierung entfernt. Aktualisieren Sie die Knotentabelle und wählen Sie den Knoten dann erneut.</translation>
    </message>
    <message>
        <source>%1 was not rebooted: the console could not list its calls.</source>
        <translation>%1 wurde nicht neu gestartet: Die Konsole konnte seine Anrufe nicht auflisten.</translation>
    </message>
    <message>
        <source>%1 was not rebooted.</source>
        <translation>%1 wurde nicht neu gestartet.</translation>
    </message>
    <message>
        <source>%1 is rebooting; its calls were disconnected.</source>
        <translation>%1 startet neu; seine Anrufe wurden getrennt.</translation>
    </message>
    <message>
        <source>%1 is rebooting; its calls were disconnected. The run report will not show it: %2</source>
        <translation>%1 wird neu gestartet; seine Anrufe wurden getrennt. Der Durchlaufbericht wird es nicht zeigen: %2</translation>
    </message>
</context>
<context>
    <name>iuc::ui::ReportCommand</name>
    <message>
        <source>The report was not exported: the console could not read the upgrade history.</source>
        <translation>Der Bericht wurde nicht exportiert: Die Konsole konnte den Upgrade-Verlauf nicht lesen.</translation>
    </message>
    <message>
        <source>Export Upgrade Report</source>
        <translation>Upgrade-Bericht exportieren</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>Es gibt noch nichts zu exportieren.</translation>
    </message>
    <message>
        <source>This Management Node has no upgrade on record. Export the report once an upgrade has started.</source>
        <translation>Dieser Management Node hat kein Upgrade verzeichnet. Exportieren Sie den Bericht, sobald ein Upgrade gestartet wurde.</translation>
    </message>
    <message>
        <source>upgrade-report-%1.csv</source>
        <translation>upgrade-bericht-%1.csv</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML-Seite (*.html)</translation>
    </message>
    <message>
        <source>The report was not saved.</source>
        <translation>Der Bericht wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2. Choose a folder you can write to, or free some space, and export again.</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen, oder schaffen Sie Platz, und exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>Report of %1 upgrade runs saved to %2.</source>
        <translation>Bericht unter %2 gespeichert (Upgrade-Durchläufe: %1).</translation>
    </message>
    <message>
        <source>The report goes without the admin's actions: %1</source>
        <translation>Der Bericht enthält keine Administratoraktionen: %1</translation>
    </message>
</context>
<context>
    <name>iuc::ui::RunPanel</name>
    <message>
        <source>Upgrade the systems left &amp;behind…</source>
        <translation>Zurückgebliebene Systeme aktuali&amp;sieren…</translation>
    </message>
    <message>
        <source>Upgrade run</source>
        <translation>Upgrade-Durchlauf</translation>
    </message>
    <message>
        <source>Systems upgraded</source>
        <translation>Aktualisierte Systeme</translation>
    </message>
    <message>
        <source>Starts a repeat upgrade that includes only the systems not yet on the new version</source>
        <translation>Startet ein erneutes Upgrade, das nur die Systeme umfasst, die noch nicht auf der neuen Version sind</translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation>Vergangen:</translation>
    </message>
    <message>
        <source>Left to the 24-hour stop:</source>
        <translation>Bis zum 24-Stunden-Stopp:</translation>
    </message>
    <message>
        <source>Forecast finish:</source>
        <translation>Voraussichtlich fertig:</translation>
    </message>
    <message>
        <source>No upgrade is running</source>
        <translation>Kein Upgrade aktiv</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>0 of 0 systems upgraded</source>
        <translation>0 von 0 Systemen aktualisiert</translation>
    </message>
    <message>
        <source>No run</source>
        <translation>Kein Durchlauf</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Upload an upgrade package to start a rolling upgrade.</source>
        <translation>Laden Sie ein Upgrade-Paket hoch, um ein rollierendes Upgrade zu starten.</translation>
    </message>
    <message>
        <source>%1 — to %2</source>
        <translation>%1 — auf %2</translation>
    </message>
    <message>
        <source>%1 of %2 systems upgraded</source>
        <translation>%1 von %2 Systemen aktualisiert</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>%1 (stops at %2)</source>
        <translation>%1 (Stopp um %2)</translation>
    </message>
    <message>
        <source>working it out…</source>
        <translation>wird berechnet…</translation>
    </message>
    <message>
        <source>Estimated on the Management Node's clock from the steps seen so far in this run</source>
        <translation>Nach der Uhr des Management Nodes geschätzt, anhand der bisherigen Schritte dieses Durchlaufs</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Beendet:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The run stopped at its 24-hour limit; systems left behind: %1.&lt;/b&gt; The deployment now runs mixed versions: callers who join the same meeting through nodes on different versions end up in separate conferences. Left behind: %2. A repeat upgrade takes only these systems.</source>
        <translation>&lt;b&gt;Der Durchlauf wurde an seiner 24-Stunden-Grenze gestoppt; zurückgebliebene Systeme: %1.&lt;/b&gt; In der Umgebung laufen jetzt gemischte Versionen: Anrufer, die derselben Besprechung über Knoten mit unterschiedlichen Versionen beitreten, landen in getrennten Konferenzen. Zurückgeblieben: %2. Ein erneutes Upgrade umfasst nur diese Systeme.</translation>
    </message>
    <message>
        <source>New upgrades are locked until this run ends (at the latest %1). Only a reboot of the Management Node lifts the lock sooner, and it abandons the run.</source>
        <translation>Neue Upgrades sind gesperrt, bis dieser Durchlauf endet (spätestens %1). Nur ein Neustart des Management Nodes hebt die Sperre früher auf, und er bricht den Durchlauf ab.</translation>
    </message>
    <message>
        <source>No lock: a new upgrade can be started.</source>
        <translation>Keine Sperre: Ein neues Upgrade kann gestartet werden.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>No upgrade seen yet</source>
        <translation>Noch kein Upgrade gesehen</translation>
    </message>
    <message>
        <source>This Management Node does not report upgrade runs in its API. The console records a run from what it sees while connected: keep it open during an upgrade.</source>
        <translation>Dieser Management Node meldet Upgrades nicht in seiner API. Die Konsole zeichnet ein Upgrade aus dem auf, was sie sieht, solange sie verbunden ist: Lassen Sie sie während eines Upgrades geöffnet.</translation>
    </message>
    <message>
        <source>Recorded by this console from what it saw, since %1: this Management Node does not report upgrade runs. The start is when the console first saw the run; the queue order and the attempts (≈ in the table) are inferred.</source>
        <translation>Von dieser Konsole aus dem aufgezeichnet, was sie sah, seit %1: dieser Management Node meldet keine Upgrades. Der Beginn ist der Zeitpunkt, zu dem die Konsole das Upgrade zuerst sah; Warteschlangenreihenfolge und Versuche (≈ in der Tabelle) sind abgeleitet.</translation>
    </message>
    <message>
        <source>Check the nodes waiting for calls to clear.</source>
        <translation>Prüfen Sie die Knoten, die auf das Ende ihrer Anrufe warten.</translation>
    </message>
    <message>
        <source>The Management Node cannot contact them: bring them back.</source>
        <translation>Der Management Node erreicht sie nicht: bringen Sie sie zurück.</translation>
    </message>
    <message>
        <source>Bring back the nodes the Management Node cannot contact, and check the nodes waiting for calls to clear.</source>
        <translation>Bringen Sie die Knoten zurück, die der Management Node nicht erreicht, und prüfen Sie die Knoten, die auf das Ende ihrer Anrufe warten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The 24-hour stop will probably cut this run short.&lt;/b&gt; At the pace seen so far, Conferencing Nodes still on the old version when the run stops: about %1. %2</source>
        <translation>&lt;b&gt;Der 24-Stunden-Stopp wird diesen Durchlauf wahrscheinlich vorzeitig beenden.&lt;/b&gt; Beim bisherigen Tempo sind beim Stopp noch so viele Konferenzknoten auf der alten Version: etwa %1. %2</translation>
    </message>
</context>
<context>
    <name>iuc::ui::ScheduledStartDialog</name>
    <message>
        <source>Scheduled Upgrade</source>
        <translation>Geplantes Upgrade</translation>
    </message>
    <message>
        <source>&lt;b&gt;The upgrade to %1 starts at %2&lt;/b&gt; (%3 UTC on the Management Node's clock).</source>
        <translation>&lt;b&gt;Das Upgrade auf %1 beginnt um %2&lt;/b&gt; (%3 UTC nach der Uhr des Management Node).</translation>
    </message>
    <message>
        <source>Leave the console open: it performs the start. Quitting it cancels the start; the package stays on the Management Node.</source>
        <translation>Lassen Sie die Konsole geöffnet: Sie führt den Start aus. Wird sie beendet, wird der Start abgebrochen; das Paket bleibt auf dem Management Node.</translation>
    </message>
    <message>
        <source>&amp;Cancel the Start</source>
        <translation>Start &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>Starting soon…</source>
        <translation>Beginnt gleich…</translation>
    </message>
    <message>
        <source>Starts in %1</source>
        <translation>Beginnt in %1</translation>
    </message>
</context>
<context>
    <name>iuc::ui::StartCommand</name>
    <message>
        <source>The upgrade was not started. The package stays on the Management Node.</source>
        <translation>Das Upgrade wurde nicht gestartet. Das Paket bleibt auf dem Management Node.</translation>
    </message>
    <message>
        <source>Upgrade to %1 started; it stops by itself at %2 if not done by then.</source>
        <translation>Upgrade auf %1 gestartet; es stoppt von selbst um %2, falls es bis dahin nicht fertig ist.</translation>
    </message>
    <message>
        <source>Starting the upgrade to %1…</source>
        <translation>Upgrade auf %1 wird gestartet…</translation>
    </message>
    <message>
        <source>Upload cancelled; the upgrade was not started.</source>
        <translation>Hochladen abgebrochen; das Upgrade wurde nicht gestartet.</translation>
    </message>
    <message>
        <source>The upgrade was not started; nothing was uploaded.</source>
        <translation>Das Upgrade wurde nicht gestartet; nichts wurde hochgeladen.</translation>
    </message>
    <message>
        <source>Upgrade to %1 scheduled at %2; leave the console open.</source>
        <translation>Upgrade auf %1 geplant um %2; lassen Sie die Konsole geöffnet.</translation>
    </message>
    <message>
        <source>The scheduled start was cancelled: nothing was started. The package stays on the Management Node.</source>
        <translation>Der geplante Start wurde abgebrochen: Nichts wurde gestartet. Das Paket bleibt auf dem Management Node.</translation>
    </message>
</context>
<context>
    <name>iuc::ui::StartWindowPicker</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Start &amp;now</source>
        <translation>&amp;Jetzt starten</translation>
    </message>
    <message>
        <source>Start &amp;at</source>
        <translation>Starten &amp;um</translation>
    </message>
    <message>
        <source>Start at, local time</source>
        <translation>Startzeit, Ortszeit</translation>
    </message>
    <message>
        <source>unti&amp;l</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>End of the window, local time</source>
        <translation>Ende des Fensters, Ortszeit</translation>
    </message>
    <message>
        <source>Turn on &amp;drain ahead for this run, inside the window</source>
        <translation>„&amp;Vorab leeren“ für diesen Durchlauf einschalten, innerhalb des Fensters</translation>
    </message>
    <message>
        <source>Local time (%1). The package is uploaded and checked already; the console performs the start at that time, so leave it open: quitting it cancels the start.</source>
        <translation>Ortszeit (%1). Das Paket ist bereits hochgeladen und geprüft; die Konsole führt den Start zu dieser Zeit aus, lassen Sie sie also geöffnet: Wird sie beendet, wird der Start abgebrochen.</translation>
    </message>
</context>
<context>
    <name>iuc::ui::SyslogDialog</name>
    <message>
        <source>&amp;Add this console to the Management Node's syslog servers</source>
        <translation>Diese Konsole zu den Syslog-Servern des Management Node &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Receive the administrator log by syslog</source>
        <translation>Das Administratorprotokoll per Syslog empfangen</translation>
    </message>
    <message>
        <source>This Management Node does not serve its administrator log through its API. It sends it to the syslog servers in its configuration: the console can be one of them for the upgrade.</source>
        <translation>Dieser Management Node liefert sein Administratorprotokoll nicht über seine API. Er sendet es an die Syslog-Server in seiner Konfiguration: die Konsole kann für das Upgrade einer davon sein.</translation>
    </message>
    <message>
        <source>Ports below 1024 need administrator rights on this computer. Let the port through its firewall.</source>
        <translation>Ports unter 1024 brauchen auf diesem Computer Administratorrechte. Lassen Sie den Port durch seine Firewall.</translation>
    </message>
    <message>
        <source>UDP (the Management Node's default)</source>
        <translation>UDP (Voreinstellung des Management Node)</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>UDP and TCP (the Management Node is told UDP)</source>
        <translation>UDP und TCP (dem Management Node wird UDP genannt)</translation>
    </message>
    <message>
        <source>The address of this computer as the Management Node reaches it</source>
        <translation>Die Adresse dieses Computers, wie der Management Node ihn erreicht</translation>
    </message>
    <message>
        <source>&amp;Port on this computer:</source>
        <translation>&amp;Port auf diesem Computer:</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>&amp;Transport:</translation>
    </message>
    <message>
        <source>This computer's a&amp;ddress:</source>
        <translation>A&amp;dresse dieses Computers:</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Empfangen</translation>
    </message>
    <message>
        <source>this computer's address</source>
        <translation>die Adresse dieses Computers</translation>
    </message>
    <message>
        <source>%1, port %2, %3</source>
        <translation>%1, Port %2, %3</translation>
    </message>
    <message>
        <source>This Management Node's API has no syslog servers to add to. In its web interface, go to System &gt; Syslog servers and add %1 with the support log on; remove it after the upgrade.</source>
        <translation>Die API dieses Management Node hat keine Syslog-Server, zu denen man hinzufügen könnte. Gehen Sie in seiner Weboberfläche zu System &gt; Syslog servers und fügen Sie %1 mit eingeschaltetem Support-Log hinzu; entfernen Sie ihn nach dem Upgrade.</translation>
    </message>
    <message>
        <source>The console will ask before it adds %1, and before it removes it again.</source>
        <translation>Die Konsole fragt, bevor sie %1 hinzufügt und bevor sie ihn wieder entfernt.</translation>
    </message>
    <message>
        <source>Add %1 as a syslog server yourself (System &gt; Syslog servers, support log on).</source>
        <translation>Fügen Sie %1 selbst als Syslog-Server hinzu (System &gt; Syslog servers, Support-Log an).</translation>
    </message>
    <message>
        <source>Give this computer's IP address, as the Management Node reaches it.</source>
        <translation>Geben Sie die IP-Adresse dieses Computers an, wie der Management Node ihn erreicht.</translation>
    </message>
    <message>
        <source>Receiving the administrator log by syslog on port %1.</source>
        <translation>Das Administratorprotokoll wird per Syslog auf Port %1 empfangen.</translation>
    </message>
    <message>
        <source>Add %1, port %2 (%3) to the syslog servers of the Management Node %4?

The Management Node then sends its support log, which holds the administrator log, there until the console removes it. This changes the Management Node's configuration (System &gt; Syslog servers).</source>
        <translation>%1, Port %2 (%3) zu den Syslog-Servern des Management Node %4 hinzufügen?

Der Management Node sendet dann sein Support-Log, das das Administratorprotokoll enthält, dorthin, bis die Konsole den Eintrag entfernt. Dies ändert die Konfiguration des Management Node (System &gt; Syslog servers).</translation>
    </message>
    <message>
        <source>Add a syslog server</source>
        <translation>Einen Syslog-Server hinzufügen</translation>
    </message>
    <message>
        <source>The Management Node did not take the syslog server: %1
The console is listening: add it by hand, or try again.</source>
        <translation>Der Management Node hat den Syslog-Server nicht angenommen: %1
Die Konsole lauscht: fügen Sie ihn von Hand hinzu, oder versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The Management Node sends its log to this console (syslog server %1).</source>
        <translation>Der Management Node sendet sein Protokoll an diese Konsole (Syslog-Server %1).</translation>
    </message>
</context>
<context>
    <name>iuc::ui::UpgradeFlow</name>
    <message>
        <source>An upload is already in progress: finish or cancel it first.</source>
        <translation>Es läuft bereits ein Upload: Schließen Sie ihn zuerst ab oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>Choose the Upgrade Package</source>
        <translation>Upgrade-Paket auswählen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Upgrade packages (*.tar)</source>
        <translation>Upgrade-Pakete (*.tar)</translation>
    </message>
    <message>
        <source>The upgrade did not start.</source>
        <translation>Das Upgrade wurde nicht gestartet.</translation>
    </message>
    <message>
        <source>Another upgrade, started at %1, still holds the upgrade lock. A new upgrade can start when that run completes, or at the latest at %2, when it reaches its 24-hour stop.

To start sooner, reboot the Management Node. That abandons the run in progress: a node that is installing finishes, a node waiting for its calls to end leaves maintenance mode, and the other nodes are not upgraded by it.</source>
        <translation>Ein anderes Upgrade, gestartet um %1, hält noch die Upgrade-Sperre. Ein neues Upgrade kann starten, wenn dieser Durchlauf abgeschlossen ist, spätestens aber um %2, wenn er seinen 24-Stunden-Stopp erreicht.

Um früher zu starten, starten Sie den Management Node neu. Das bricht den laufenden Durchlauf ab: Ein Knoten, der gerade installiert, schließt die Installation ab, ein Knoten, der auf das Ende seiner Anrufe wartet, verlässt den Wartungsmodus, und die übrigen Knoten werden von diesem Durchlauf nicht mehr aktualisiert.</translation>
    </message>
    <message>
        <source>An Upgrade Is Already Running</source>
        <translation>Es läuft bereits ein Upgrade</translation>
    </message>
    <message>
        <source>The Management Node did not start this upgrade.</source>
        <translation>Der Management Node hat dieses Upgrade nicht gestartet.</translation>
    </message>
    <message>
        <source>Reboot Management Node…</source>
        <translation>Management Node neu starten…</translation>
    </message>
    <message>
        <source>Continue the Upgrade</source>
        <translation>Upgrade fortsetzen</translation>
    </message>
    <message>
        <source>The package of the last upgrade is no longer on the Management Node.</source>
        <translation>Das Paket des letzten Upgrades ist nicht mehr auf dem Management Node.</translation>
    </message>
    <message>
        <source>The Management Node keeps an uploaded package only until it restarts. Choose the package file again: it is checked and uploaded, and the new run then takes on only the systems left behind.</source>
        <translation>Der Management Node behält ein hochgeladenes Paket nur bis zu seinem nächsten Neustart. Wählen Sie die Paketdatei erneut: Sie wird geprüft und hochgeladen, und der neue Durchlauf umfasst dann nur die zurückgebliebenen Systeme.</translation>
    </message>
    <message>
        <source>Choose Package…</source>
        <translation>Paket auswählen…</translation>
    </message>
    <message>
        <source>Downgrade and Recovery</source>
        <translation>Downgrade und Wiederherstellung</translation>
    </message>
    <message>
        <source>An upgrade cannot be undone in place. Going back to the earlier version, or recovering from an upgrade that failed, means restoring the snapshots taken before the upgrade.</source>
        <translation>Ein Upgrade lässt sich nicht an Ort und Stelle rückgängig machen. Um zur früheren Version zurückzukehren oder nach einem fehlgeschlagenen Upgrade wiederherzustellen, stellen Sie die vor dem Upgrade erstellten Snapshots wieder her.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Management Node first:&lt;/b&gt; restore it from the hypervisor snapshot taken just before the upgrade started.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Then each Conferencing Node:&lt;/b&gt; restore it from its own snapshot if you took one, or deploy it again from the Management Node, which is often quicker on a large deployment.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Coming from v8?&lt;/b&gt; The Management Node's snapshot must be a non-quiescing one: v8 has an incompatibility with quiesced snapshots that v8.1 resolved.&lt;/p&gt;&lt;p&gt;Before the next upgrade, take these snapshots first, so that this way back exists.&lt;/p&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Zuerst der Management Node:&lt;/b&gt; Stellen Sie ihn aus dem Hypervisor-Snapshot wieder her, der unmittelbar vor Beginn des Upgrades erstellt wurde.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Dann jeder Konferenzknoten:&lt;/b&gt; Stellen Sie ihn aus seinem eigenen Snapshot wieder her, falls Sie einen erstellt haben, oder stellen Sie ihn vom Management Node aus neu bereit – in einer großen Umgebung geht das oft schneller.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Sie kommen von v8?&lt;/b&gt; Der Snapshot des Management Nodes muss ohne Quiescing erstellt sein: v8 hat eine Inkompatibilität mit Quiesced-Snapshots, die v8.1 behoben hat.&lt;/p&gt;&lt;p&gt;Erstellen Sie vor dem nächsten Upgrade zuerst diese Snapshots, damit dieser Weg zurück besteht.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Did the Upgrade Start?</source>
        <translation>Hat das Upgrade begonnen?</translation>
    </message>
    <message>
        <source>The Management Node's answer to the start was lost.</source>
        <translation>Die Antwort des Management Node auf den Start ging verloren.</translation>
    </message>
    <message>
        <source>Stop the Upload?</source>
        <translation>Hochladen abbrechen?</translation>
    </message>
    <message>
        <source>The upgrade package is still being uploaded.</source>
        <translation>Das Upgrade-Paket wird noch hochgeladen.</translation>
    </message>
    <message>
        <source>Closing the console stops the upload: the Management Node drops the part it has received and no upgrade is started. Upload the package again later.</source>
        <translation>Wird die Konsole geschlossen, stoppt das Hochladen: Der Management Node verwirft den empfangenen Teil, und kein Upgrade wird gestartet. Laden Sie das Paket später erneut hoch.</translation>
    </message>
    <message>
        <source>Stop and Close</source>
        <translation>Abbrechen und schließen</translation>
    </message>
    <message>
        <source>Keep Uploading</source>
        <translation>Weiter hochladen</translation>
    </message>
    <message>
        <source>Stopping the upload; nothing is started…</source>
        <translation>Hochladen wird gestoppt; nichts wird gestartet…</translation>
    </message>
    <message>
        <source>Cancel the Scheduled Start?</source>
        <translation>Geplanten Start abbrechen?</translation>
    </message>
    <message>
        <source>An upgrade is scheduled to start at %1.</source>
        <translation>Ein Upgrade ist für %1 geplant.</translation>
    </message>
    <message>
        <source>The console performs the start: quitting it cancels the start, and nothing is started. The package stays on the Management Node; confirm it again later.</source>
        <translation>Die Konsole führt den Start aus: Wird sie beendet, wird der Start abgebrochen und nichts gestartet. Das Paket bleibt auf dem Management Node; bestätigen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Cancel the Start and Quit</source>
        <translation>Start abbrechen und beenden</translation>
    </message>
    <message>
        <source>Keep the Console Open</source>
        <translation>Konsole geöffnet lassen</translation>
    </message>
</context>
<context>
    <name>iuc::ui::UploadCommand</name>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Checking the Package</source>
        <translation>Paket wird geprüft</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Checking %1 was cancelled; nothing was uploaded.</source>
        <translation>Die Prüfung von %1 wurde abgebrochen; es wurde nichts hochgeladen.</translation>
    </message>
    <message>
        <source>%1 cannot be used to upgrade; nothing was uploaded.</source>
        <translation>%1 kann nicht für ein Upgrade verwendet werden; es wurde nichts hochgeladen.</translation>
    </message>
    <message>
        <source>The console could not read the installed versions, so the package was not checked against them. Nothing was uploaded.</source>
        <translation>Die Konsole konnte die installierten Versionen nicht lesen, daher wurde das Paket nicht mit ihnen abgeglichen. Es wurde nichts hochgeladen.</translation>
    </message>
    <message>
        <source>%1 is version %2, which does not fit this deployment; nothing was uploaded.</source>
        <translation>%1 hat Version %2, die nicht zu dieser Umgebung passt; es wurde nichts hochgeladen.</translation>
    </message>
    <message>
        <source>Upload cancelled; the Management Node discarded what it had received.</source>
        <translation>Upload abgebrochen; der Management Node hat verworfen, was er bereits empfangen hatte.</translation>
    </message>
    <message>
        <source>The upload of %1 did not complete.</source>
        <translation>Der Upload von %1 wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The Management Node's copy of %1 is not the same as the file; the upgrade was not started.</source>
        <translation>Die Kopie von %1 auf dem Management Node stimmt nicht mit der Datei überein; das Upgrade wurde nicht gestartet.</translation>
    </message>
    <message>
        <source>Continuing the earlier upload of %1 from %2 already on the Management Node.</source>
        <translation>Der frühere Upload von %1 wird fortgesetzt; %2 liegen bereits auf dem Management Node.</translation>
    </message>
    <message>
        <source>The Management Node holds %1 whole from an earlier upload: it is validated again, not sent again.</source>
        <translation>Der Management Node hat %1 vollständig aus einem früheren Upload: Die Datei wird erneut validiert, aber nicht erneut gesendet.</translation>
    </message>
</context>
<context>
    <name>iuc::ui::UploadDialog</name>
    <message>
        <source>Uploading the Upgrade Package</source>
        <translation>Upgrade-Paket wird hochgeladen</translation>
    </message>
    <message>
        <source>Sending &lt;b&gt;%1&lt;/b&gt; to the Management Node.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wird an den Management Node gesendet.</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Upload-Fortschritt</translation>
    </message>
    <message>
        <source>Nothing is installed yet: you confirm the upgrade after the Management Node has checked the package.</source>
        <translation>Noch ist nichts installiert: Sie bestätigen das Upgrade, nachdem der Management Node das Paket geprüft hat.</translation>
    </message>
    <message>
        <source>Cancel Upload</source>
        <translation>Upload abbrechen</translation>
    </message>
    <message>
        <source>%1 of %2 sent (%3 %)</source>
        <translation>%1 von %2 gesendet (%3 %)</translation>
    </message>
    <message>
        <source>Measuring the speed…</source>
        <translation>Geschwindigkeit wird gemessen…</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1/s, about %2 left</source>
        <translation>%1/s, noch etwa %2</translation>
    </message>
    <message>
        <source>Connection lost. Resuming at %1, the point the Management Node had reached (attempt %2).</source>
        <translation>Verbindung unterbrochen. Fortsetzung bei %1, dem Stand, den der Management Node erreicht hatte (Versuch %2).</translation>
    </message>
    <message>
        <source>All bytes sent. The Management Node is checking the package…</source>
        <translation>Alle Bytes gesendet. Der Management Node prüft das Paket…</translation>
    </message>
    <message>
        <source>Cancelling: the Management Node discards what it received…</source>
        <translation>Wird abgebrochen: Der Management Node verwirft, was er empfangen hat…</translation>
    </message>
</context>
<context>
    <name>iuc::ui::WallCapacityPanel</name>
    <message>
        <source>Capacity in service per location</source>
        <translation>Kapazität in Betrieb je Standort</translation>
    </message>
    <message>
        <source>Capacity in service</source>
        <translation>Kapazität in Betrieb</translation>
    </message>
    <message>
        <source>Drain ahead: keep %1 %</source>
        <translation>Vorab leeren: %1 % halten</translation>
    </message>
    <message>
        <source>%1: %2 % in service, below the line</source>
        <translation>%1: %2 % in Betrieb, unter der Grenze</translation>
    </message>
    <message>
        <source>%1: %2 % in service</source>
        <translation>%1: %2 % in Betrieb</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Nodes drained ahead: %1</source>
        <translation>Vorab geleerte Knoten: %1</translation>
    </message>
</context>
<context>
    <name>iuc::ui::WallLauncher</name>
    <message>
        <source>This build of the console has no demo deployment.</source>
        <translation>Diese Version der Konsole enthält keine Demo-Umgebung.</translation>
    </message>
    <message>
        <source>No deployment chosen for the wall</source>
        <translation>Keine Umgebung für die Wandanzeige gewählt</translation>
    </message>
    <message>
        <source>Start it once with upgrade-console --wall --profile NAME, NAME being a profile saved in the console (best with a read-only account); later starts remember it.</source>
        <translation>Starten Sie sie einmal mit upgrade-console --wall --profile NAME, wobei NAME ein in der Konsole gespeichertes Profil ist (am besten mit einem Konto mit reinem Lesezugriff); spätere Starts merken es sich.</translation>
    </message>
    <message>
        <source>The profile "%1" is not saved on this computer</source>
        <translation>Das Profil "%1" ist auf diesem Computer nicht gespeichert</translation>
    </message>
    <message>
        <source>Save it in the console (File ▸ Connect…, Add…) under this account, or start the wall with the name of another profile: upgrade-console --wall --profile NAME.</source>
        <translation>Speichern Sie es in der Konsole (Datei ▸ Verbinden…, Hinzufügen…) unter diesem Benutzerkonto, oder starten Sie die Wandanzeige mit dem Namen eines anderen Profils: upgrade-console --wall --profile NAME.</translation>
    </message>
    <message>
        <source>%1 — wall display</source>
        <translation>%1 — Wandanzeige</translation>
    </message>
    <message>
        <source>No saved password for the profile "%1"</source>
        <translation>Kein gespeichertes Passwort für das Profil "%1"</translation>
    </message>
    <message>
        <source>The wall never asks for a password: nobody is there to type it. In the console, connect with this profile, type the password and tick Remember password in the system keychain; then start the wall again.</source>
        <translation>Die Wandanzeige fragt nie nach einem Passwort: Niemand ist da, um es einzugeben. Verbinden Sie sich in der Konsole mit diesem Profil, geben Sie das Passwort ein und kreuzen Sie "Passwort im Schlüsselbund des Systems merken" an; starten Sie dann die Wandanzeige erneut.</translation>
    </message>
    <message>
        <source>The password for "%1" could not be read from the keychain</source>
        <translation>Das Passwort für "%1" konnte nicht aus dem Schlüsselbund gelesen werden</translation>
    </message>
    <message>
        <source>%1 Start the wall in a desktop session whose keychain is unlocked.</source>
        <translation>%1 Starten Sie die Wandanzeige in einer Desktop-Sitzung, deren Schlüsselbund entsperrt ist.</translation>
    </message>
</context>
<context>
    <name>iuc::ui::WallNodeMap</name>
    <message>
        <source>Conferencing Nodes by location</source>
        <translation>Konferenzknoten nach Standort</translation>
    </message>
    <message>
        <source>Upgraded · %1</source>
        <translation>Aktualisiert · %1</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Auf %1</translation>
    </message>
    <message>
        <source>Pending · %1</source>
        <translation>Ausstehend · %1</translation>
    </message>
    <message>
        <source>Waiting: 1 call</source>
        <translation>Wartet: 1 Anruf</translation>
    </message>
    <message>
        <source>Waiting: %1 calls</source>
        <translation>Wartet: %1 Anrufe</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>im Leerlauf</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>preparing</source>
        <translation>wird vorbereitet</translation>
    </message>
    <message>
        <source>waiting for calls</source>
        <translation>wartet auf Anrufe</translation>
    </message>
    <message>
        <source>calls timed out</source>
        <translation>Anrufe nicht rechtzeitig beendet</translation>
    </message>
    <message>
        <source>installing</source>
        <translation>wird installiert</translation>
    </message>
    <message>
        <source>rebooting</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>upgraded</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
    <message>
        <source>Waiting for the first data…</source>
        <translation>Warten auf die ersten Daten…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>No location</source>
        <translation>Ohne Standort</translation>
    </message>
    <message>
        <source>%1 of %2 upgraded</source>
        <translation>%1 von %2 aktualisiert</translation>
    </message>
    <message>
        <source>+%1 more needing attention: %2</source>
        <translation>+%1 weitere, die Aufmerksamkeit brauchen: %2</translation>
    </message>
</context>
<context>
    <name>iuc::ui::WallRunPanel</name>
    <message>
        <source>Elapsed</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <source>To the 24-hour stop</source>
        <translation>Bis zum 24-Stunden-Stopp</translation>
    </message>
    <message>
        <source>Forecast finish</source>
        <translation>Voraussichtlich fertig</translation>
    </message>
    <message>
        <source>No data from the Management Node yet</source>
        <translation>Noch keine Daten vom Management Node</translation>
    </message>
    <message>
        <source>systems, all on %1</source>
        <translation>Systeme, alle auf %1</translation>
    </message>
    <message>
        <source>systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>systems upgraded to %1</source>
        <translation>Systeme auf %1 aktualisiert</translation>
    </message>
    <message>
        <source>after the stop</source>
        <translation>nach dem Stopp</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>beendet %1</translation>
    </message>
    <message>
        <source>Will be cut at the 24-hour stop (%1): the forecast leaves 1 system on the old version.</source>
        <translation>Wird beim 24-Stunden-Stopp abgebrochen (%1): Laut Prognose bleibt 1 System auf der alten Version.</translation>
    </message>
    <message>
        <source>Will be cut at the 24-hour stop (%1): the forecast leaves %2 systems on the old version.</source>
        <translation>Wird beim 24-Stunden-Stopp abgebrochen (%1): Laut Prognose bleiben %2 Systeme auf der alten Version.</translation>
    </message>
</context>
<context>
    <name>iuc::ui::WallSplitPanel</name>
    <message>
        <source>Conferences split across versions</source>
        <translation>Zwischen Versionen geteilte Konferenzen</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>All nodes run one version: no conference can be split.</source>
        <translation>Alle Knoten laufen mit derselben Version: Keine Konferenz kann geteilt werden.</translation>
    </message>
    <message>
        <source>Versions are mixed; reading who is in which conference…</source>
        <translation>Die Versionen sind gemischt; es wird gelesen, wer in welcher Konferenz ist…</translation>
    </message>
    <message>
        <source>Versions are mixed; participants could not be read: %1</source>
        <translation>Die Versionen sind gemischt; die Teilnehmer konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Versions are mixed, but no conference is split right now.</source>
        <translation>Die Versionen sind gemischt, aber derzeit ist keine Konferenz geteilt.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
    <message>
        <source>Conferences split across versions: %1</source>
        <translation>Über Versionen geteilte Konferenzen: %1</translation>
    </message>
</context>
<context>
    <name>iuc::ui::WallWindow</name>
    <message>
        <source>Infinity Upgrade Console — wall display</source>
        <translation>Infinity Upgrade Console — Wandanzeige</translation>
    </message>
    <message>
        <source>Infinity Upgrade Console</source>
        <translation>Infinity Upgrade Console</translation>
    </message>
    <message>
        <source>%1 · Management Node %2</source>
        <translation>%1 · Management Node %2</translation>
    </message>
</context>
<context>
    <name>iuc::ui::WelcomePanel</name>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>No deployment connected</source>
        <translation>Keine Umgebung verbunden</translation>
    </message>
    <message>
        <source>Connect to a Management Node to follow a rolling upgrade: every Conferencing Node's status and version, the run's progress against its 24-hour limit, and the administrator log.</source>
        <translation>Verbinden Sie sich mit einem Management Node, um ein rollierendes Upgrade zu verfolgen: Status und Version jedes Konferenzknotens, den Fortschritt des Durchlaufs gegenüber seiner 24-Stunden-Grenze und das Administratorprotokoll.</translation>
    </message>
    <message>
        <source>Opens the connection dialog</source>
        <translation>Öffnet den Verbindungsdialog</translation>
    </message>
</context>
<context>
    <name>upgrade-console</name>
    <message>
        <source>Start on a demo deployment: a simulated Management Node with Conferencing Nodes and live calls, running on this computer.</source>
        <translation>Mit einer Demo-Umgebung starten: ein simulierter Management Node mit Konferenzknoten und laufenden Anrufen auf diesem Computer.</translation>
    </message>
    <message>
        <source>With --demo: start the upgrade at once, as if its package had been uploaded and confirmed.</source>
        <translation>Mit --demo: das Upgrade sofort starten, als wäre sein Paket hochgeladen und bestätigt worden.</translation>
    </message>
    <message>
        <source>With --demo: how many Conferencing Nodes (1-1000, default 12).</source>
        <translation>Mit --demo: Anzahl der Konferenzknoten (1-1000, Standard 12).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>With --demo: the installed version (default "10.2 (40234.0.0)"; "3 (…)" gives a deployment that must go through version 6).</source>
        <translation>Mit --demo: die installierte Version (Standard "10.2 (40234.0.0)"; "3 (…)" ergibt eine Umgebung, die über Version 6 gehen muss).</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>With --demo: simulated seconds per real second (default 60).</source>
        <translation>Mit --demo: simulierte Sekunden pro echter Sekunde (Standard 60).</translation>
    </message>
    <message>
        <source>FACTOR</source>
        <translation>FAKTOR</translation>
    </message>
    <message>
        <source>Connect at start to the saved deployment profile NAME.</source>
        <translation>Beim Start mit dem gespeicherten Umgebungsprofil NAME verbinden.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>With --demo: save a picture of the main window to FILE (PNG) once the upgrade has run for a while, then quit. Works without a display.</source>
        <translation>Mit --demo: ein Bild des Hauptfensters in DATEI (PNG) speichern, sobald das Upgrade eine Weile gelaufen ist, und dann beenden. Funktioniert ohne Bildschirm.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>With --screenshot: seconds to let the demo run first (default 20).</source>
        <translation>Mit --screenshot: Sekunden, die die Demo zuerst laufen soll (Standard 20).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Infinity Upgrade Console: rolling upgrades of a Pexip Infinity platform, watched node by node.</source>
        <translation>Infinity Upgrade Console: rollierende Upgrades einer Pexip-Infinity-Plattform, Knoten für Knoten verfolgt.</translation>
    </message>
    <message>
        <source>unexpected argument "%1"; see --help.</source>
        <translation>unerwartetes Argument "%1"; siehe --help.</translation>
    </message>
    <message>
        <source>--demo and --profile cannot be combined: choose one deployment to start on.</source>
        <translation>--demo und --profile lassen sich nicht kombinieren: Wählen Sie eine Umgebung für den Start.</translation>
    </message>
    <message>
        <source>--profile needs the name of a saved profile.</source>
        <translation>--profile braucht den Namen eines gespeicherten Profils.</translation>
    </message>
    <message>
        <source>--screenshot works with --demo only.</source>
        <translation>--screenshot funktioniert nur zusammen mit --demo.</translation>
    </message>
    <message>
        <source>--screenshot-after takes a number of seconds from 1 to 3600.</source>
        <translation>--screenshot-after erwartet eine Anzahl Sekunden von 1 bis 3600.</translation>
    </message>
    <message>
        <source>--demo-nodes takes a number from 1 to 1000.</source>
        <translation>--demo-nodes erwartet eine Zahl von 1 bis 1000.</translation>
    </message>
    <message>
        <source>--demo-speed takes a factor above 0, for example 60.</source>
        <translation>--demo-speed erwartet einen Faktor über 0, zum Beispiel 60.</translation>
    </message>
    <message>
        <source>could not write the screenshot to %1.</source>
        <translation>das Bildschirmfoto konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Screenshot saved to %1.</source>
        <translation>Bildschirmfoto gespeichert unter %1.</translation>
    </message>
    <message>
        <source>there is no display to open a window on: neither DISPLAY nor WAYLAND_DISPLAY is set, and QT_QPA_PLATFORM does not name another platform.
To see the console on this machine, run it in a virtual X server:
    xvfb-run -a upgrade-console --demo
or save a picture of the demo without any display:
    QT_QPA_PLATFORM=offscreen upgrade-console --demo --screenshot console.png</source>
        <translation>es gibt keinen Bildschirm, auf dem sich ein Fenster öffnen ließe: weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt, und QT_QPA_PLATFORM nennt keine andere Plattform.
Um die Konsole auf diesem Rechner zu sehen, starten Sie sie in einem virtuellen X-Server:
    xvfb-run -a upgrade-console --demo
oder speichern Sie ein Bild der Demo ganz ohne Bildschirm:
    QT_QPA_PLATFORM=offscreen upgrade-console --demo --screenshot console.png</translation>
    </message>
    <message>
        <source>Infinity Upgrade Console</source>
        <translation>Infinity Upgrade Console</translation>
    </message>
    <message>
        <source>Demo deployment</source>
        <translation>Demo-Umgebung</translation>
    </message>
    <message>
        <source>Open the guided upgrade (v3 → v6 → v11, with its checklist) once connected.</source>
        <translation>Das geführte Upgrade (v3 → v6 → v11, mit seiner Checkliste) nach dem Verbinden öffnen.</translation>
    </message>
    <message>
        <source>Show the wall display only: full screen and read-only, for a NOC wall. With --profile NAME it connects to that saved profile and remembers it for later starts; alone, it uses the remembered one. With --demo: the demo's read-only account.</source>
        <translation>Nur die Wandanzeige zeigen: Vollbild und ohne Bedienung, für eine NOC-Wand. Mit --profile NAME verbindet sie sich mit diesem gespeicherten Profil und merkt es sich für spätere Starts; allein verwendet sie das gemerkte. Mit --demo: das Konto der Demo mit reinem Lesezugriff.</translation>
    </message>
    <message>
        <source>--wall and --wizard cannot be combined: the wall display is read-only.</source>
        <translation>--wall und --wizard können nicht kombiniert werden: Die Wandanzeige dient nur der Anzeige.</translation>
    </message>
    <message>
        <source>Show the console in the language CODE (e.g. nb, de); default: the locale's.</source>
        <translation>Die Konsole in der Sprache CODE anzeigen (z. B. nb, de); Standard: die des Gebietsschemas.</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>--demo-api takes one of: %1.</source>
        <translation>--demo-api erwartet eines von: %1.</translation>
    </message>
    <message>
        <source>With --demo: which Management Node API the demo serves: pexip (default: only what real nodes serve; the administrator log comes by syslog), pexip-v24 (the older field set) or extended (plus this project's extensions: the log in the API, the reboot command).</source>
        <translation>Mit --demo: welche API des Management Node die Demo bietet: pexip (Voreinstellung: nur was echte Nodes bieten; das Administratorprotokoll kommt per Syslog), pexip-v24 (der ältere Feldsatz) oder extended (dazu die Erweiterungen dieses Projekts: das Protokoll in der API, der Neustart-Befehl).</translation>
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
        <translation>  festgelegter Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>  presented fingerprint: %1</source>
        <translation>  vorgelegter Fingerabdruck:  %1</translation>
    </message>
    <message>
        <source>  %1</source>
        <translation>  %1</translation>
    </message>
    <message>
        <source>Which Management Node? Give --url https://HOST[:PORT] or --profile NAME.</source>
        <translation>Welcher Management Node? Geben Sie --url https://HOST[:PORT] oder --profile NAME an.</translation>
    </message>
    <message>
        <source>"%1" is not a Management Node address; write it as https://HOST[:PORT].</source>
        <translation>"%1" ist keine Adresse eines Management Nodes; schreiben Sie sie als https://HOST[:PORT].</translation>
    </message>
    <message>
        <source>Give the account name with --user NAME.</source>
        <translation>Geben Sie den Kontonamen mit --user NAME an.</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty or not set.</source>
        <translation>Die Umgebungsvariable %1 ist leer oder nicht gesetzt.</translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>Passwort für %1 auf %2: </translation>
    </message>
    <message>
        <source>No password: set one in an environment variable and name it with --password-env VAR, or run upgradectl in a terminal to be asked.</source>
        <translation>Kein Passwort: Legen Sie es in einer Umgebungsvariablen ab und nennen Sie diese mit --password-env VAR, oder führen Sie upgradectl in einem Terminal aus, um danach gefragt zu werden.</translation>
    </message>
    <message>
        <source>  subject:     %1</source>
        <translation>  Inhaber:       %1</translation>
    </message>
    <message>
        <source>  fingerprint: %1</source>
        <translation>  Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>To trust it, run again with --pin %1</source>
        <translation>Um ihm zu vertrauen, führen Sie den Befehl erneut mit --pin %1 aus</translation>
    </message>
    <message>
        <source>Pinned in profile %1.</source>
        <translation>Im Profil %1 festgelegt.</translation>
    </message>
    <message>
        <source>Reading %1 … %2 %</source>
        <translation>Lese %1 … %2 %</translation>
    </message>
    <message>
        <source>Package:  %1</source>
        <translation>Paket:    %1</translation>
    </message>
    <message>
        <source>Version:  %1 (built %2; installs on %3 or later)</source>
        <translation>Version:  %1 (erstellt %2; installierbar auf %3 oder neuer)</translation>
    </message>
    <message>
        <source>Size:     %1 (%2 bytes)</source>
        <translation>Größe:    %1 (%2 Byte)</translation>
    </message>
    <message>
        <source>SHA-256:  %1</source>
        <translation>SHA-256:  %1</translation>
    </message>
    <message>
        <source>Give --url or --profile to check it against the installed version.</source>
        <translation>Geben Sie --url oder --profile an, um es mit der installierten Version abzugleichen.</translation>
    </message>
    <message>
        <source>The Management Node runs %1.</source>
        <translation>Der Management Node läuft mit %1.</translation>
    </message>
    <message>
        <source>upgradectl: plan needs --from VERSION, or --url/--profile to read the installed version.</source>
        <translation>upgradectl: plan braucht --from VERSION oder --url/--profile, um die installierte Version zu lesen.</translation>
    </message>
    <message>
        <source>  %1. install the v%2 package, and verify every system runs it</source>
        <translation>  %1. das v%2-Paket installieren und prüfen, dass alle Systeme damit laufen</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>festgelegt</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <source>No profiles yet: upgradectl profile save NAME --url URL --user NAME [--pin SHA256]</source>
        <translation>Noch keine Profile: upgradectl profile save NAME --url URL --user NAME [--pin SHA256]</translation>
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
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Removed profile %1 and its saved password.</source>
        <translation>Profil %1 und sein gespeichertes Passwort entfernt.</translation>
    </message>
    <message>
        <source>Password for %1 (saved in the keychain): </source>
        <translation>Passwort für %1 (wird im Schlüsselbund gespeichert): </translation>
    </message>
    <message>
        <source>Saved profile %1 without a password: you will be asked for it.</source>
        <translation>Profil %1 ohne Passwort gespeichert: Sie werden danach gefragt.</translation>
    </message>
    <message>
        <source>Saved profile %1; the password was not saved.</source>
        <translation>Profil %1 gespeichert; das Passwort wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Saved profile %1; its password is in the keychain.</source>
        <translation>Profil %1 gespeichert; das Passwort liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Package %1: version %2, %3, SHA-256 %4</source>
        <translation>Paket %1: Version %2, %3, SHA-256 %4</translation>
    </message>
    <message>
        <source>Uploading %1  %2/s  %3 left</source>
        <translation>Lade %1 hoch  %2/s  noch %3</translation>
    </message>
    <message>
        <source>
The connection broke; resuming at byte %1 (attempt %2).</source>
        <translation>
Die Verbindung ist abgebrochen; Fortsetzung ab Byte %1 (Versuch %2).</translation>
    </message>
    <message>
        <source>Installed version: %1</source>
        <translation>Installierte Version: %1</translation>
    </message>
    <message>
        <source>Upgrade version:   %1</source>
        <translation>Neue Version:         %1</translation>
    </message>
    <message>
        <source>Systems to upgrade: %1. Calls in progress now: %2.</source>
        <translation>Zu aktualisierende Systeme: %1. Laufende Anrufe: %2.</translation>
    </message>
    <message>
        <source>While versions are mixed, two callers of the same meeting may land on nodes with different versions and end up in separate conferences: upgrade at a quiet time.</source>
        <translation>Solange die Versionen gemischt sind, können zwei Anrufer derselben Besprechung auf Knoten mit unterschiedlichen Versionen landen und in getrennte Konferenzen geraten: Aktualisieren Sie zu einer ruhigen Zeit.</translation>
    </message>
    <message>
        <source>Forecast: the 24-hour limit would stop this run with %1 Conferencing Nodes left behind.</source>
        <translation>Prognose: Die 24-Stunden-Grenze würde diesen Durchlauf stoppen; zurückbleibende Konferenzknoten: %1.</translation>
    </message>
    <message>
        <source>Forecast: about %1 with nodes upgraded one at a time (longer while calls last).</source>
        <translation>Prognose: etwa %1, bei einzeln aktualisierten Knoten (länger, solange Anrufe andauern).</translation>
    </message>
    <message>
        <source>upgradectl: not starting without confirmation; add --yes to start from a script.</source>
        <translation>upgradectl: kein Start ohne Bestätigung; fügen Sie --yes hinzu, um aus einem Skript zu starten.</translation>
    </message>
    <message>
        <source>Start the upgrade?</source>
        <translation>Das Upgrade starten?</translation>
    </message>
    <message>
        <source>Upgrade started at %1 UTC; it stops by itself at %2 UTC if not done.</source>
        <translation>Upgrade um %1 UTC gestartet; es stoppt von selbst um %2 UTC, falls es nicht fertig ist.</translation>
    </message>
    <message>
        <source>An upgrade to %1 is running (%2 of %3 systems upgraded). Rebooting the Management Node abandons it: a node installing now finishes, a node waiting for its calls leaves maintenance mode, the others are not upgraded. The 24-hour lock is lifted.</source>
        <translation>Ein Upgrade auf %1 läuft (%2 von %3 Systemen aktualisiert). Ein Neustart des Management Nodes bricht es ab: Ein Knoten, der gerade installiert, schließt ab, ein Knoten, der auf seine Anrufe wartet, verlässt den Wartungsmodus, die übrigen werden nicht aktualisiert. Die 24-Stunden-Sperre wird aufgehoben.</translation>
    </message>
    <message>
        <source>The Management Node's API is unavailable while it reboots (a few minutes).</source>
        <translation>Die API des Management Nodes ist während des Neustarts nicht verfügbar (einige Minuten).</translation>
    </message>
    <message>
        <source>Reboot the Management Node?</source>
        <translation>Den Management Node neu starten?</translation>
    </message>
    <message>
        <source>The Management Node is rebooting.</source>
        <translation>Der Management Node startet neu.</translation>
    </message>
    <message>
        <source>upgradectl: there is no Conferencing Node "%1"; `upgradectl status` lists them.</source>
        <translation>upgradectl: Es gibt keinen Konferenzknoten "%1"; `upgradectl status` listet sie auf.</translation>
    </message>
    <message>
        <source>%1 has no calls.</source>
        <translation>%1 hat keine Anrufe.</translation>
    </message>
    <message>
        <source>Rebooting %1 disconnects these calls:</source>
        <translation>Ein Neustart von %1 trennt diese Anrufe:</translation>
    </message>
    <message>
        <source>  %1 in %2 (%3)</source>
        <translation>  %1 in %2 (%3)</translation>
    </message>
    <message>
        <source>Reboot %1?</source>
        <translation>%1 neu starten?</translation>
    </message>
    <message>
        <source>%1 is rebooting.</source>
        <translation>%1 startet neu.</translation>
    </message>
    <message>
        <source>upgradectl: this Management Node has no upgrade runs to report.</source>
        <translation>upgradectl: Dieser Management Node hat keine Upgrade-Durchläufe, über die berichtet werden kann.</translation>
    </message>
    <message>
        <source>upgradectl: cannot write %1: %2</source>
        <translation>upgradectl: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 runs).</source>
        <translation>%1 geschrieben (Durchläufe: %2).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>In status</source>
        <translation>Im Status</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>… and %1 more nodes</source>
        <translation>… und %1 weitere Knoten</translation>
    </message>
    <message>
        <source>%1 — Management Node %2: %3, %4</source>
        <translation>%1 — Management Node %2: %3, %4</translation>
    </message>
    <message>
        <source>the 24-hour stop will cut this run short</source>
        <translation>der 24-Stunden-Stopp wird diesen Durchlauf vorzeitig beenden</translation>
    </message>
    <message>
        <source>Server time %1. * configuration-only node.</source>
        <translation>Serverzeit %1. * reiner Konfigurationsknoten.</translation>
    </message>
    <message>
        <source> — data %1 s old</source>
        <translation> — Daten %1 s alt</translation>
    </message>
    <message>
        <source>Unexpected errors in the administrator log: %1</source>
        <translation>Unerwartete Fehler im Administratorprotokoll: %1</translation>
    </message>
    <message>
        <source>yes (--yes)</source>
        <translation>ja (--yes)</translation>
    </message>
    <message>
        <source>Pre-flight checklist</source>
        <translation>Checkliste vor dem Start</translation>
    </message>
    <message>
        <source>1. Take a snapshot of the Management Node in your hypervisor: you need it to go back if an upgrade fails or to downgrade.</source>
        <translation>1. Erstellen Sie im Hypervisor einen Snapshot des Management Nodes: Sie brauchen ihn, um nach einem fehlgeschlagenen Upgrade zurückzukehren oder für ein Downgrade.</translation>
    </message>
    <message>
        <source>   The Management Node runs v8: take a non-quiescing snapshot (v8.1 fixed the incompatibility).</source>
        <translation>   Der Management Node läuft mit v8: Erstellen Sie einen Snapshot ohne Quiescing (v8.1 hat die Inkompatibilität behoben).</translation>
    </message>
    <message>
        <source>Is the Management Node snapshot taken?</source>
        <translation>Ist der Snapshot des Management Nodes erstellt?</translation>
    </message>
    <message>
        <source>2. Snapshots of the Conferencing Nodes are optional: you can redeploy them from the Management Node instead.</source>
        <translation>2. Snapshots der Konferenzknoten sind optional: Sie können sie stattdessen vom Management Node aus neu bereitstellen.</translation>
    </message>
    <message>
        <source>Are Conferencing Node snapshots taken (no: redeploy them if ever needed)?</source>
        <translation>Sind Snapshots der Konferenzknoten erstellt (nein: bei Bedarf neu bereitstellen)?</translation>
    </message>
    <message>
        <source>3. Reboot every Conferencing Node. Verified from each node's boot time.</source>
        <translation>3. Starten Sie alle Konferenzknoten neu. Geprüft anhand der Startzeit jedes Knotens.</translation>
    </message>
    <message>
        <source>Reboot the %1 Conferencing Nodes not rebooted yet through the Management Node now? Their calls (%2 in progress) are dropped.</source>
        <translation>Die noch nicht neu gestarteten Konferenzknoten (%1) jetzt über den Management Node neu starten? Ihre Anrufe (laufende: %2) werden abgebrochen.</translation>
    </message>
    <message>
        <source>%1 Conferencing Nodes are rebooting.</source>
        <translation>Konferenzknoten im Neustart: %1.</translation>
    </message>
    <message>
        <source>Reboot them from the hypervisor or with `sudo reboot` over SSH; this check goes on until every node has booted since the checklist began (Ctrl-C to stop; run the command again to resume).</source>
        <translation>Starten Sie sie im Hypervisor oder mit `sudo reboot` über SSH neu; diese Prüfung läuft, bis jeder Knoten seit Beginn der Checkliste neu gestartet ist (Ctrl-C zum Beenden; führen Sie den Befehl erneut aus, um fortzufahren).</translation>
    </message>
    <message>
        <source>The run to %1 started at %2 UTC is this step's: watching it.</source>
        <translation>Der um %2 UTC gestartete Durchlauf auf %1 gehört zu diesem Schritt: Er wird verfolgt.</translation>
    </message>
    <message>
        <source>upgradectl: none of the files given is the package for this step (%1). Add it to the command line and run it again: the guided upgrade resumes here.</source>
        <translation>upgradectl: Keine der angegebenen Dateien ist das Paket für diesen Schritt (%1). Fügen Sie es der Befehlszeile hinzu und führen Sie den Befehl erneut aus: Das geführte Upgrade wird hier fortgesetzt.</translation>
    </message>
    <message>
        <source>upgradectl: this step still has systems left behind after %1 repeat runs. Look at them (upgradectl status), fix what keeps them back (reboot a stuck node, bring back one that cannot be contacted), then run this command again.</source>
        <translation>upgradectl: Dieser Schritt hat nach %1 erneuten Upgrades noch zurückgebliebene Systeme. Sehen Sie sie sich an (upgradectl status), beheben Sie, was sie aufhält (einen festhängenden Knoten neu starten, einen nicht erreichbaren zurückbringen), und führen Sie diesen Befehl dann erneut aus.</translation>
    </message>
    <message>
        <source>Run the upgrade again for the systems left behind?</source>
        <translation>Das Upgrade für die zurückgebliebenen Systeme erneut ausführen?</translation>
    </message>
    <message>
        <source>The Management Node no longer has this step's package: uploading it again.</source>
        <translation>Der Management Node hat das Paket dieses Schritts nicht mehr: Es wird erneut hochgeladen.</translation>
    </message>
    <message>
        <source>Repeat run started for the systems left behind.</source>
        <translation>Erneutes Upgrade für die zurückgebliebenen Systeme gestartet.</translation>
    </message>
    <message>
        <source>The guided upgrade is done: every system runs %1.</source>
        <translation>Das geführte Upgrade ist abgeschlossen: Alle Systeme laufen mit %1.</translation>
    </message>
    <message>
        <source>New configuration-only Conferencing Nodes must be deployed from the VM template of version %1; a template of another version does not work.</source>
        <translation>Neue reine Konfigurationsknoten müssen aus der VM-Vorlage der Version %1 bereitgestellt werden; eine Vorlage einer anderen Version funktioniert nicht.</translation>
    </message>
    <message>
        <source>Configuration-only nodes in this deployment (upgraded like the others): %1.</source>
        <translation>Reine Konfigurationsknoten in dieser Umgebung (wie die anderen aktualisiert): %1.</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <source>Resuming the guided upgrade begun %1 UTC by %2: %3.</source>
        <translation>Das geführte Upgrade, begonnen %1 UTC von %2, wird fortgesetzt: %3.</translation>
    </message>
    <message>
        <source>%1: %2%3 Conferencing Nodes</source>
        <translation>%1: %2%3 Konferenzknoten</translation>
    </message>
    <message>
        <source>the Management Node and </source>
        <translation>der Management Node und </translation>
    </message>
    <message>
        <source>Plan: %1. %2</source>
        <translation>Plan: %1. %2</translation>
    </message>
    <message>
        <source>upgradectl: %1 is version %2, which is no step of this plan (%3).</source>
        <translation>upgradectl: %1 hat Version %2, die kein Schritt dieses Plans ist (%3).</translation>
    </message>
    <message>
        <source>upgradectl: none of the files given is the package for step %1 of %2 (version %3). Add the version %3 package to the command line.</source>
        <translation>upgradectl: Keine der angegebenen Dateien ist das Paket für Schritt %1 von %2 (Version %3). Fügen Sie das Paket der Version %3 der Befehlszeile hinzu.</translation>
    </message>
    <message>
        <source>Begin the guided upgrade?</source>
        <translation>Das geführte Upgrade beginnen?</translation>
    </message>
    <message>
        <source>The password is saved in the keychain for profile %1.</source>
        <translation>Das Passwort ist für das Profil %1 im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>No system keychain is available here, so the password of profile %1 cannot be kept in it. Give it with --password-env VAR, or type it when asked.</source>
        <translation>Hier ist kein Schlüsselbund des Systems verfügbar, daher kann das Passwort des Profils %1 nicht darin aufbewahrt werden. Geben Sie es mit --password-env VAR an oder tippen Sie es ein, wenn Sie danach gefragt werden.</translation>
    </message>
    <message>
        <source>Trust this certificate and pin it in profile %1?</source>
        <translation>Diesem Zertifikat vertrauen und es im Profil %1 festlegen?</translation>
    </message>
    <message>
        <source>Trust this certificate for this run?</source>
        <translation>Diesem Zertifikat für diesen Aufruf vertrauen?</translation>
    </message>
    <message>
        <source>Trusted for this run only. To trust it every time, give --pin %1, or save a profile with it (upgradectl profile save NAME --url URL --user NAME --pin %1).</source>
        <translation>Nur für diesen Aufruf vertraut. Um ihm jedes Mal zu vertrauen, geben Sie --pin %1 an oder speichern Sie ein Profil damit (upgradectl profile save NAME --url URL --user NAME --pin %1).</translation>
    </message>
    <message>
        <source>The certificate is trusted for this run, but profile %1 could not keep the pin: %2</source>
        <translation>Dem Zertifikat wird für diesen Aufruf vertraut, aber das Profil %1 konnte die Festlegung nicht speichern: %2</translation>
    </message>
    <message>
        <source>usage: upgradectl [options] %1</source>
        <translation>Aufruf: upgradectl [Optionen] %1</translation>
    </message>
    <message>
        <source>unknown command "%1"; see upgradectl --help.</source>
        <translation>unbekannter Befehl "%1"; siehe upgradectl --help.</translation>
    </message>
    <message>
        <source>Administrator log: no unexpected errors.</source>
        <translation>Administratorprotokoll: keine unerwarteten Fehler.</translation>
    </message>
    <message>
        <source>Administrator log: unexpected errors: %1. Look at them before you call this upgrade done.</source>
        <translation>Administratorprotokoll: unerwartete Fehler: %1. Sehen Sie sie sich an, bevor Sie dieses Upgrade als erledigt betrachten.</translation>
    </message>
    <message>
        <source>%1  unexpected error in the administrator log (%2 so far): %3 %4</source>
        <translation>%1  unerwarteter Fehler im Administratorprotokoll (bisher %2): %3 %4</translation>
    </message>
    <message>
        <source>The Management Node is rebooting (expected during an upgrade); waiting for it to answer again… (Ctrl-C stops)</source>
        <translation>Der Management Node startet neu (bei einem Upgrade erwartet); warte, bis er wieder antwortet … (Strg+C beendet)</translation>
    </message>
    <message>
        <source>upgradectl could not keep its record of this run: %1</source>
        <translation>upgradectl konnte seine Aufzeichnung dieses Upgrades nicht speichern: %1</translation>
    </message>
    <message>
        <source>A Management Node that does not report its runs has only the runs this workstation saw: keep upgradectl watch or the console open during an upgrade.</source>
        <translation>Bei einem Management Node, der seine Upgrades nicht meldet, gibt es nur die Upgrades, die diese Arbeitsstation gesehen hat: Lassen Sie upgradectl watch oder die Konsole während eines Upgrades geöffnet.</translation>
    </message>
    <message>
        <source>Administrator log: not available from this Management Node's API; read it in its web interface or on your syslog server before you call this upgrade done.</source>
        <translation>Administratorprotokoll: über die API dieses Management Node nicht verfügbar; lesen Sie es in seiner Weboberfläche oder auf Ihrem Syslog-Server, bevor Sie dieses Upgrade als abgeschlossen betrachten.</translation>
    </message>
    <message>
        <source>The Management Node does not answer. This workstation last saw it installing its upgrade, so this is taken for its reboot (up to an hour); waiting for it to answer again… (Ctrl-C stops)</source>
        <translation>Der Management Node antwortet nicht. Diese Arbeitsstation hat ihn zuletzt beim Installieren seines Upgrades gesehen, daher gilt dies als sein Neustart (bis zu einer Stunde); warte, bis er wieder antwortet … (Strg-C bricht ab)</translation>
    </message>
    <message>
        <source>This Management Node has no reboot command in its API: reboot each of these in the hypervisor, or sign in to it over SSH and run `sudo reboot`: %1. Their calls (%2 in progress) are dropped. This check goes on until every node has booted since the checklist began (Ctrl-C to stop; run the command again to resume).</source>
        <translation>Dieser Management Node hat keinen Neustart-Befehl in seiner API: Starten Sie jeden dieser Knoten im Hypervisor neu, oder melden Sie sich per SSH an und führen Sie `sudo reboot` aus: %1. Ihre Anrufe (%2 laufend) werden getrennt. Diese Prüfung läuft weiter, bis jeder Knoten seit Beginn der Checkliste neu gestartet ist (Strg-C bricht ab; erneut ausführen, um fortzusetzen).</translation>
    </message>
    <message>
        <source>The Management Node stopped answering: it is restarting. Waiting for it to answer again…</source>
        <translation>Der Management Node antwortet nicht mehr: er startet neu. Warte, bis er wieder antwortet …</translation>
    </message>
    <message>
        <source>(Ctrl-C stops watching.)</source>
        <translation>(Strg-C beendet das Beobachten.)</translation>
    </message>
    <message>
        <source>upgradectl: no restart seen within %1 min. Check the system's console in the hypervisor; run this command again to go on watching.</source>
        <translation>upgradectl: innerhalb von %1 min kein Neustart gesehen. Sehen Sie sich die Konsole des Systems im Hypervisor an; führen Sie den Befehl erneut aus, um weiter zu beobachten.</translation>
    </message>
    <message>
        <source>%1 restarted at %2 UTC.</source>
        <translation>%1 wurde um %2 UTC neu gestartet.</translation>
    </message>
    <message>
        <source>This Management Node has no reboot command in its API: reboot its virtual machine in the hypervisor, or sign in to %1 over SSH and run `sudo reboot`.</source>
        <translation>Dieser Management Node hat keinen Neustart-Befehl in seiner API: Starten Sie seine virtuelle Maschine im Hypervisor neu, oder melden Sie sich per SSH bei %1 an und führen Sie `sudo reboot` aus.</translation>
    </message>
    <message>
        <source>This Management Node has no reboot command in its API: reboot %1 in the hypervisor, or sign in to %2 over SSH and run `sudo reboot`.</source>
        <translation>Dieser Management Node hat keinen Neustart-Befehl in seiner API: Starten Sie %1 im Hypervisor neu, oder melden Sie sich per SSH bei %2 an und führen Sie `sudo reboot` aus.</translation>
    </message>
    <message>
        <source>upgradectl: the Management Node reports no status for this node, so its reboot cannot be seen from here. Check it in the hypervisor.</source>
        <translation>upgradectl: der Management Node meldet keinen Status für diesen Knoten, daher ist sein Neustart von hier nicht zu sehen. Prüfen Sie ihn im Hypervisor.</translation>
    </message>
    <message>
        <source>The Management Node received the package whole and validated it.</source>
        <translation>Der Management Node hat das Paket vollständig erhalten und validiert.</translation>
    </message>
    <message>
        <source>See what the deployment does with: upgradectl watch</source>
        <translation>Was die Installation tut, zeigt: upgradectl watch</translation>
    </message>
    <message>
        <source>Version:  %1 (from the file's name; the Management Node validates the inside)</source>
        <translation>Version:  %1 (aus dem Dateinamen; der Management Node prüft den Inhalt)</translation>
    </message>
    <message>
        <source>Interrupted: nothing was uploaded, nothing was started.</source>
        <translation>Abgebrochen: Nichts wurde hochgeladen, nichts gestartet.</translation>
    </message>
    <message>
        <source>The version comes from the file's name; the Management Node validates the inside.</source>
        <translation>Die Version stammt aus dem Dateinamen; der Management Node prüft den Inhalt.</translation>
    </message>
    <message>
        <source>Interrupted: the upload was stopped and nothing was started. %1</source>
        <translation>Abgebrochen: Der Upload wurde gestoppt, nichts wurde gestartet. %1</translation>
    </message>
    <message>
        <source>
Interrupted: nothing was started. The package stays on the Management Node.</source>
        <translation>
Abgebrochen: Nichts wurde gestartet. Das Paket bleibt auf dem Management Node.</translation>
    </message>
    <message>
        <source>Interrupted: nothing was started. The package stays on the Management Node.</source>
        <translation>Abgebrochen: Nichts wurde gestartet. Das Paket bleibt auf dem Management Node.</translation>
    </message>
    <message>
        <source>Continuing the earlier upload of this file from byte %1 (%2 already on the Management Node).</source>
        <translation>Der frühere Upload dieser Datei wird ab Byte %1 fortgesetzt (%2 liegen bereits auf dem Management Node).</translation>
    </message>
    <message>
        <source>The Management Node holds this file whole from an earlier upload: it is validated again, not sent again.</source>
        <translation>Der Management Node hat diese Datei vollständig aus einem früheren Upload: Sie wird erneut validiert, aber nicht erneut gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) exist only in the configuration (not deployed): the run does not upgrade them.</source>
        <translation>
            <numerusform>%n Knoten existiert nur in der Konfiguration (nicht bereitgestellt): Der Lauf aktualisiert ihn nicht.</numerusform>
            <numerusform>%n Knoten existieren nur in der Konfiguration (nicht bereitgestellt): Der Lauf aktualisiert sie nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>This Management Node takes the package and starts the upgrade in one step: yes uploads %1 now, and the upgrade begins as soon as the Management Node has all of it. Nothing has been sent yet.</source>
        <translation>Dieser Management Node nimmt das Paket an und startet das Upgrade in einem Schritt: Ja lädt %1 jetzt hoch, und das Upgrade beginnt, sobald der Management Node alles erhalten hat. Noch wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Calls in progress now: %1.</source>
        <translation>Laufende Anrufe: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Forecast: about %1 with up to %n nodes upgraded at a time (longer while calls last).</source>
        <translation>
            <numerusform>Prognose: etwa %1, bis zu %n Knoten gleichzeitig aktualisiert (länger, solange Anrufe dauern).</numerusform>
            <numerusform>Prognose: etwa %1, bis zu %n Knoten gleichzeitig aktualisiert (länger, solange Anrufe dauern).</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls on %1: %2</source>
        <translation>Anrufe auf %1: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>  %1 in %2, connected since %3 UTC</source>
        <translation>  %1 in %2, verbunden seit %3 UTC</translation>
    </message>
    <message>
        <source>This Management Node's API has no participant disconnect command: end these calls from its web interface, or reboot the node (`upgradectl reboot %1`).</source>
        <translation>Die API dieses Management Node hat keinen Befehl zum Trennen von Teilnehmern: Beenden Sie diese Anrufe in der Weboberfläche oder starten Sie den Knoten neu (`upgradectl reboot %1`).</translation>
    </message>
    <message>
        <source>upgradectl: no call was disconnected without confirmation; add --yes to disconnect them from a script.</source>
        <translation>upgradectl: ohne Bestätigung wurde kein Anruf getrennt; fügen Sie --yes hinzu, um sie aus einem Skript zu trennen.</translation>
    </message>
    <message>
        <source>Disconnect these calls now?</source>
        <translation>Diese Anrufe jetzt trennen?</translation>
    </message>
    <message>
        <source>upgradectl: %1 was not disconnected: %2</source>
        <translation>upgradectl: %1 wurde nicht getrennt: %2</translation>
    </message>
    <message>
        <source>Calls disconnected from %1: %2.</source>
        <translation>Von %1 getrennte Anrufe: %2.</translation>
    </message>
    <message>
        <source>Calls still on %1: %2. Run this command again, or reboot the node.</source>
        <translation>Noch auf %1: %2 Anrufe. Führen Sie den Befehl erneut aus oder starten Sie den Knoten neu.</translation>
    </message>
    <message>
        <source>%1 has no calls now: if it was waiting for its calls to end in an upgrade, it goes on with its turn without a reboot.</source>
        <translation>%1 hat jetzt keine Anrufe: Wenn der Knoten bei einer Aktualisierung auf das Ende seiner Anrufe wartete, setzt er sie ohne Neustart fort.</translation>
    </message>
    <message>
        <source>To end only the calls and keep the node running: `upgradectl disconnect-calls %1`.</source>
        <translation>Um nur die Anrufe zu beenden und den Knoten weiterlaufen zu lassen: `upgradectl disconnect-calls %1`.</translation>
    </message>
    <message>
        <source>upgradectl could not add this to its record for the run report: %1</source>
        <translation>upgradectl konnte dies nicht in seine Aufzeichnung für den Durchlaufbericht aufnehmen: %1</translation>
    </message>
    <message>
        <source>Alerts are not sent to the webhook %1: %2</source>
        <translation>Alarme werden nicht an den Webhook %1 gesendet: %2</translation>
    </message>
    <message>
        <source>Alert webhook</source>
        <translation>Alarm-Webhook</translation>
    </message>
    <message>
        <source>upgradectl: usage: upgradectl profile list | profile save NAME --url URL --user NAME [--pin SHA256 | --ca FILE] [--password-env VAR] [--webhook URL | --no-webhook] | profile remove NAME</source>
        <translation>upgradectl: Aufruf: upgradectl profile list | profile save NAME --url URL --user NAME [--pin SHA256 | --ca DATEI] [--password-env VAR] [--webhook URL | --no-webhook] | profile remove NAME</translation>
    </message>
    <message>
        <source>Profile %1 sends no alerts to a webhook.</source>
        <translation>Profil %1 sendet keine Alarme an einen Webhook.</translation>
    </message>
    <message>
        <source>Alerts of %1 go to the webhook %2 too; its URL is in the keychain.</source>
        <translation>Alarme von %1 gehen auch an den Webhook %2; seine URL liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The alert webhook was not saved: its URL is a secret and is kept only in the keychain.</source>
        <translation>Der Alarm-Webhook wurde nicht gespeichert: Seine URL ist geheim und wird nur im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>%1  ALERT  %2</source>
        <translation>%1  ALARM  %2</translation>
    </message>
    <message>
        <source>%1  health check of %2: %3</source>
        <translation>%1  Zustandsprüfung von %2: %3</translation>
    </message>
    <message>
        <source>The run is over; waiting for the health check of %1 (at most %2 min).</source>
        <translation>Der Durchlauf ist vorbei; warte auf die Zustandsprüfung von %1 (höchstens %2 min).</translation>
    </message>
    <message>
        <source>Confirmed. The upgrade starts at %1 (%2 UTC, Management Node clock); Ctrl-C cancels it, the package staying on the Management Node.</source>
        <translation>Bestätigt. Das Upgrade beginnt um %1 (%2 UTC, Uhr des Management Node); Strg-C bricht es ab, das Paket bleibt auf dem Management Node.</translation>
    </message>
    <message>
        <source>Drain ahead works only inside the window %1 (local time).</source>
        <translation>„Vorab leeren“ wirkt nur innerhalb des Fensters %1 (Ortszeit).</translation>
    </message>
    <message>
        <source>Starting in %1…</source>
        <translation>Beginnt in %1…</translation>
    </message>
    <message>
        <source>
Interrupted: the scheduled start is cancelled and nothing was started. The package stays on the Management Node.</source>
        <translation>
Unterbrochen: Der geplante Start ist abgebrochen und nichts wurde gestartet. Das Paket bleibt auf dem Management Node.</translation>
    </message>
    <message>
        <source>4. Is there a recent backup of the configuration? (If not, answer no and make one with: upgradectl backup)</source>
        <translation>4. Gibt es eine aktuelle Sicherung der Konfiguration? (Wenn nicht, antworten Sie mit Nein und erstellen Sie eine mit: upgradectl backup)</translation>
    </message>
    <message>
        <source>Take a fresh backup of the configuration now: upgradectl backup.</source>
        <translation>Erstellen Sie jetzt eine neue Sicherung der Konfiguration: upgradectl backup.</translation>
    </message>
</context>
</TS>
