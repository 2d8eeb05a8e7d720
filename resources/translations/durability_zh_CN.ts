<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="60" />
        <source>Something went wrong that is not your fault ({0}).</source>
        <translation>出现了一个不是您造成的问题（{0}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="146" />
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="160" />
        <source>Dossier backs up your data when it starts and exits and every 30 minutes while you edit. Each backup is checked after it is written. Old backups are thinned out: 12 daily, 10 weekly and 9 monthly ones are kept.</source>
        <translation>Dossier 会在启动和退出时、以及编辑期间每 30 分钟备份一次数据。每个备份写入后都会检查。旧备份会逐步精简：保留 12 个每日、10 个每周和 9 个每月备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="167" />
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="168" />
        <source>Restore selected…</source>
        <translation>恢复所选备份…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="169" />
        <source>Extra backup folder…</source>
        <translation>额外备份文件夹…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="170" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="193" />
        <source>Extra backup folder: {0}</source>
        <translation>额外备份文件夹：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="194" />
        <source>No extra backup folder (a USB stick or network drive keeps a copy off this computer).</source>
        <translation>未设置额外备份文件夹（U 盘或网络驱动器可以在本机之外再保存一份）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="205" />
        <source>There are no backups yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="211" />
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="214" />
        <source>Backed up and checked: {0}</source>
        <translation>已备份并检查：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="225" />
        <source>Select the backup to restore first.</source>
        <translation>请先选择要恢复的备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="228" />
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="229" />
        <source>Replace the current dossier with the backup of {0}? The current dossier is backed up first, so this can be undone.</source>
        <translation>用 {0} 的备份替换当前档案吗？当前档案会先备份，因此可以撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="240" />
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="244" />
        <source>The dossier was restored; the previous state was backed up first.</source>
        <translation>档案已恢复；恢复前的状态已先行备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="250" />
        <source>Extra backup folder</source>
        <translation>额外备份文件夹</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="98" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="98" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="98" />
        <source>Health</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="98" />
        <source>Made</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="99" />
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="117" />
        <source>healthy</source>
        <translation>完好</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="117" />
        <source>DAMAGED</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="118" />
        <source>checking…</source>
        <translation>检查中…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="129" />
        <source>by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="129" />
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="130" />
        <source>at start</source>
        <translation>启动时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="130" />
        <source>at exit</source>
        <translation>退出时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="131" />
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="131" />
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../../desktop/ui/damaged_dialog.py" line="43" />
        <source>Your dossier needs attention</source>
        <translation>您的档案需要处理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged_dialog.py" line="46" />
        <source>Dossier checked your data file when it started and found that it is damaged (this can happen after a power cut or a failing disk). To keep what is there safe, Dossier will not write to it.</source>
        <translation>Dossier 在启动时检查了数据文件，发现它已损坏（断电或硬盘故障可能导致这种情况）。为保护现有内容，Dossier 不会向它写入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged_dialog.py" line="52" />
        <source>The newest healthy backup is from {0}. Restoring it brings back everything saved up to then; the damaged file is kept aside.</source>
        <translation>最新的完好备份来自 {0}。恢复它会找回截至那时保存的全部内容；损坏的文件会另行保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged_dialog.py" line="57" />
        <source>No healthy backup was found in the backup folders. You can open the dossier read-only to look at (and export) what can still be read, or choose a backup file yourself.</source>
        <translation>在备份文件夹中没有找到完好的备份。您可以以只读方式打开档案，查看（并导出）仍可读取的内容，或自行选择一个备份文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged_dialog.py" line="64" />
        <source>Restore this backup</source>
        <translation>恢复此备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged_dialog.py" line="67" />
        <source>Choose another backup…</source>
        <translation>选择其他备份…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged_dialog.py" line="69" />
        <source>Open read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged_dialog.py" line="69" />
        <source>Continue read-only</source>
        <translation>继续只读使用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged_dialog.py" line="70" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged_dialog.py" line="88" />
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged_dialog.py" line="89" />
        <source>Dossier backups (*.sqlite3)</source>
        <translation>Dossier 备份 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged_dialog.py" line="96" />
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
</context>
<context>
    <name>IntegrityGuard</name>
    <message>
        <location filename="../../desktop/ui/integrity_guard.py" line="190" />
        <source>Read-only: the data file is damaged, nothing is saved</source>
        <translation>只读：数据文件已损坏，任何修改都不会保存</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../desktop/ui/lock.py" line="104" />
        <source>Dossier is locked</source>
        <translation>Dossier 已锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="112" />
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="113" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="130" />
        <source>Type your passphrase to continue.</source>
        <translation>请输入密码以继续。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="131" />
        <source>Click Unlock to continue.</source>
        <translation>点击“解锁”以继续。</translation>
    </message>
</context>
<context>
    <name>OpenDossier</name>
    <message>
        <location filename="../../desktop/ui/open_dossier.py" line="99" />
        <source>Dossier</source>
        <translation>Dossier 客户档案</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desktop/ui/lock.py" line="55" />
        <source>Dossier is encrypted</source>
        <translation>档案已加密</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="56" />
        <source>Type the passphrase of your dossier.</source>
        <translation>请输入档案的密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="59" />
        <source>Remember it in this computer's keychain</source>
        <translation>在本机钥匙串中记住密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="76" />
        <source>Type the passphrase first.</source>
        <translation>请先输入密码。</translation>
    </message>
</context>
</TS>
