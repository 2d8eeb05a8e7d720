<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="60" />
        <source>Something went wrong that is not your fault ({0}).</source>
        <translation>Something went wrong that is not your fault ({0}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="146" />
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="160" />
        <source>Dossier backs up your data when it starts and exits and every 30 minutes while you edit. Each backup is checked after it is written. Old backups are thinned out: 12 daily, 10 weekly and 9 monthly ones are kept.</source>
        <translation>Dossier backs up your data when it starts and exits and every 30 minutes while you edit. Each backup is checked after it is written. Old backups are thinned out: 12 daily, 10 weekly and 9 monthly ones are kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="167" />
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="168" />
        <source>Restore selected…</source>
        <translation>Restore selected…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="169" />
        <source>Extra backup folder…</source>
        <translation>Extra backup folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="170" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="193" />
        <source>Extra backup folder: {0}</source>
        <translation>Extra backup folder: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="194" />
        <source>No extra backup folder (a USB stick or network drive keeps a copy off this computer).</source>
        <translation>No extra backup folder (a USB stick or network drive keeps a copy off this computer).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="205" />
        <source>There are no backups yet.</source>
        <translation>There are no backups yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="211" />
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="214" />
        <source>Backed up and checked: {0}</source>
        <translation>Backed up and checked: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="225" />
        <source>Select the backup to restore first.</source>
        <translation>Select the backup to restore first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="228" />
        <source>Restore backup</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="229" />
        <source>Replace the current dossier with the backup of {0}? The current dossier is backed up first, so this can be undone.</source>
        <translation>Replace the current dossier with the backup of {0}? The current dossier is backed up first, so this can be undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="240" />
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="244" />
        <source>The dossier was restored; the previous state was backed up first.</source>
        <translation>The dossier was restored; the previous state was backed up first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="250" />
        <source>Extra backup folder</source>
        <translation>Extra backup folder</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="98" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="98" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="98" />
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="98" />
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="99" />
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="117" />
        <source>healthy</source>
        <translation>healthy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="117" />
        <source>DAMAGED</source>
        <translation>DAMAGED</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="118" />
        <source>checking…</source>
        <translation>checking…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="129" />
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="129" />
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="130" />
        <source>at start</source>
        <translation>at start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="130" />
        <source>at exit</source>
        <translation>at exit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="131" />
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="131" />
        <source>before an upgrade</source>
        <translation>before an upgrade</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../../desktop/ui/damaged_dialog.py" line="43" />
        <source>Your dossier needs attention</source>
        <translation>Your dossier needs attention</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged_dialog.py" line="46" />
        <source>Dossier checked your data file when it started and found that it is damaged (this can happen after a power cut or a failing disk). To keep what is there safe, Dossier will not write to it.</source>
        <translation>Dossier checked your data file when it started and found that it is damaged (this can happen after a power cut or a failing disk). To keep what is there safe, Dossier will not write to it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged_dialog.py" line="52" />
        <source>The newest healthy backup is from {0}. Restoring it brings back everything saved up to then; the damaged file is kept aside.</source>
        <translation>The newest healthy backup is from {0}. Restoring it brings back everything saved up to then; the damaged file is kept aside.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged_dialog.py" line="57" />
        <source>No healthy backup was found in the backup folders. You can open the dossier read-only to look at (and export) what can still be read, or choose a backup file yourself.</source>
        <translation>No healthy backup was found in the backup folders. You can open the dossier read-only to look at (and export) what can still be read, or choose a backup file yourself.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged_dialog.py" line="64" />
        <source>Restore this backup</source>
        <translation>Restore this backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged_dialog.py" line="67" />
        <source>Choose another backup…</source>
        <translation>Choose another backup…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged_dialog.py" line="69" />
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged_dialog.py" line="69" />
        <source>Continue read-only</source>
        <translation>Continue read-only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged_dialog.py" line="70" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged_dialog.py" line="88" />
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged_dialog.py" line="89" />
        <source>Dossier backups (*.sqlite3)</source>
        <translation>Dossier backups (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged_dialog.py" line="96" />
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
</context>
<context>
    <name>IntegrityGuard</name>
    <message>
        <location filename="../../desktop/ui/integrity_guard.py" line="190" />
        <source>Read-only: the data file is damaged, nothing is saved</source>
        <translation>Read-only: the data file is damaged, nothing is saved</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../desktop/ui/lock.py" line="104" />
        <source>Dossier is locked</source>
        <translation>Dossier is locked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="112" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="113" />
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="130" />
        <source>Type your passphrase to continue.</source>
        <translation>Type your passphrase to continue.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="131" />
        <source>Click Unlock to continue.</source>
        <translation>Click Unlock to continue.</translation>
    </message>
</context>
<context>
    <name>OpenDossier</name>
    <message>
        <location filename="../../desktop/ui/open_dossier.py" line="99" />
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desktop/ui/lock.py" line="55" />
        <source>Dossier is encrypted</source>
        <translation>Dossier is encrypted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="56" />
        <source>Type the passphrase of your dossier.</source>
        <translation>Type the passphrase of your dossier.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="59" />
        <source>Remember it in this computer's keychain</source>
        <translation>Remember it in this computer's keychain</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="76" />
        <source>Type the passphrase first.</source>
        <translation>Type the passphrase first.</translation>
    </message>
</context>
</TS>
