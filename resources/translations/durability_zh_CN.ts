<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="102" />
        <source>Something went wrong that is not your fault ({0}).</source>
        <translation>出现了一个不是您造成的问题（{0}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="188" />
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="202" />
        <source>Dossier backs up your data when it starts and exits and every 30 minutes while you edit. Each backup is checked after it is written. Old backups are thinned out: 12 daily, 10 weekly and 9 monthly ones are kept.</source>
        <translation>Dossier 会在启动和退出时、以及编辑期间每 30 分钟备份一次数据。每个备份写入后都会检查。旧备份会逐步精简：保留 12 个每日、10 个每周和 9 个每月备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="209" />
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="210" />
        <source>Restore selected…</source>
        <translation>恢复所选备份…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="211" />
        <source>Extra backup folder…</source>
        <translation>额外备份文件夹…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="212" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="235" />
        <source>Extra backup folder: {0}</source>
        <translation>额外备份文件夹：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="236" />
        <source>No extra backup folder (a USB stick or network drive keeps a copy off this computer).</source>
        <translation>未设置额外备份文件夹（U 盘或网络驱动器可以在本机之外再保存一份）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="247" />
        <source>There are no backups yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="253" />
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="256" />
        <source>Backed up and checked: {0}</source>
        <translation>已备份并检查：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="267" />
        <source>Select the backup to restore first.</source>
        <translation>请先选择要恢复的备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="270" />
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="271" />
        <source>Replace the current dossier with the backup of {0}? The current dossier is backed up first, so this can be undone.</source>
        <translation>用 {0} 的备份替换当前档案吗？当前档案会先备份，因此可以撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="282" />
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="286" />
        <source>The dossier was restored; the previous state was backed up first.</source>
        <translation>档案已恢复；恢复前的状态已先行备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="292" />
        <source>Extra backup folder</source>
        <translation>额外备份文件夹</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="140" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="140" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="140" />
        <source>Health</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="140" />
        <source>Made</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="141" />
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="159" />
        <source>healthy</source>
        <translation>完好</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="159" />
        <source>DAMAGED</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="160" />
        <source>checking…</source>
        <translation>检查中…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="171" />
        <source>by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="171" />
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="172" />
        <source>at start</source>
        <translation>启动时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="172" />
        <source>at exit</source>
        <translation>退出时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="173" />
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="173" />
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../../desktop/ui/damaged_dialog.py" line="38" />
        <source>Your dossier needs attention</source>
        <translation>您的档案需要处理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged_dialog.py" line="41" />
        <source>Dossier checked your data file when it started and found that it is damaged (this can happen after a power cut or a failing disk). To keep what is there safe, Dossier will not write to it.</source>
        <translation>Dossier 在启动时检查了数据文件，发现它已损坏（断电或硬盘故障可能导致这种情况）。为保护现有内容，Dossier 不会向它写入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged_dialog.py" line="47" />
        <source>The newest healthy backup is from {0}. Restoring it brings back everything saved up to then; the damaged file is kept aside.</source>
        <translation>最新的完好备份来自 {0}。恢复它会找回截至那时保存的全部内容；损坏的文件会另行保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged_dialog.py" line="52" />
        <source>No healthy backup was found in the backup folders. You can open the dossier read-only to look at (and export) what can still be read, or choose a backup file yourself.</source>
        <translation>在备份文件夹中没有找到完好的备份。您可以以只读方式打开档案，查看（并导出）仍可读取的内容，或自行选择一个备份文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged_dialog.py" line="59" />
        <source>Restore this backup</source>
        <translation>恢复此备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged_dialog.py" line="62" />
        <source>Choose another backup…</source>
        <translation>选择其他备份…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged_dialog.py" line="63" />
        <source>Open read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged_dialog.py" line="64" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged_dialog.py" line="82" />
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged_dialog.py" line="83" />
        <source>Dossier backups (*.sqlite3)</source>
        <translation>Dossier 备份 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged_dialog.py" line="90" />
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../desktop/ui/lock.py" line="98" />
        <source>Dossier is locked</source>
        <translation>Dossier 已锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="106" />
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="107" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="124" />
        <source>Type your passphrase to continue.</source>
        <translation>请输入密码以继续。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="125" />
        <source>Click Unlock to continue.</source>
        <translation>点击“解锁”以继续。</translation>
    </message>
</context>
<context>
    <name>OpenDossier</name>
    <message>
        <location filename="../../desktop/ui/open_dossier.py" line="67" />
        <source>Dossier</source>
        <translation>Dossier 客户档案</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desktop/ui/lock.py" line="49" />
        <source>Dossier is encrypted</source>
        <translation>档案已加密</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="50" />
        <source>Type the passphrase of your dossier.</source>
        <translation>请输入档案的密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="53" />
        <source>Remember it in this computer's keychain</source>
        <translation>在本机钥匙串中记住密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="70" />
        <source>Type the passphrase first.</source>
        <translation>请先输入密码。</translation>
    </message>
</context>
</TS>
