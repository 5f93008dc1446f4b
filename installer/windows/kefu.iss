; Inno Setup 6 script for Kefu on Windows. It cannot be built on the Linux build
; machines; see docs/packaging.md ("Windows") for the steps on a Windows PC.
;
; Input: the PyInstaller folder from installer\kefu.spec, built on Windows:
;   py -m pip install -e ".[package]"
;   py -m PyInstaller --noconfirm --distpath build\windows\dist --workpath build\windows\work installer\kefu.spec
; Optional: a Tesseract folder (tesseract.exe, its DLLs and tessdata\ with eng and
; chi_sim) at installer\windows\tesseract\ for the "Tesseract" component; Kefu
; looks for it beside kefu.exe (desktop\core\tesseract_locator.py).
; Then: iscc installer\windows\kefu.iss  ->  build\windows\kefu-setup-0.1.0.exe

#define AppName "Kefu"
; Keep in step with pyproject.toml and installer\kefu.spec (tests/packaging checks it).
#define AppVersion "0.1.0"
#define AppPublisher "Kefu"
#define AppExe "kefu.exe"
#define DistDir "..\..\build\windows\dist\kefu"
#define TesseractDir "tesseract"
; The Tesseract component exists only when its folder was there at compile time.
#define WithTesseract FileExists(AddBackslash(SourcePath) + "tesseract\tesseract.exe")

[Setup]
; The AppId identifies the app for upgrades and the uninstaller; never change it.
AppId={{6F1C2E4B-8D3A-4B7E-9C51-2A7D0E4F9B13}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\Kefu
DefaultGroupName=Kefu
DisableProgramGroupPage=yes
OutputDir=..\..\build\windows
OutputBaseFilename=kefu-setup-{#AppVersion}
SetupIconFile=kefu.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Per-user install without administrator rights is offered; HKA below follows it.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
CloseApplications=yes
ChangesAssociations=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[CustomMessages]
en.TesseractComponent=Tesseract OCR with English and Chinese (reads the text in screenshots)
zh_CN.TesseractComponent=Tesseract 文字识别（英文和中文，用于识别截图中的文字）
en.AppComponent=Kefu
zh_CN.AppComponent=客服
en.DesktopIcon=Create a desktop shortcut
zh_CN.DesktopIcon=创建桌面快捷方式
en.LaunchKefu=Start Kefu now
zh_CN.LaunchKefu=立即启动客服
en.TypeFull=Full (with Tesseract)
zh_CN.TypeFull=完整安装（含 Tesseract）
en.TypeCompact=Compact (use a Tesseract installed separately)
zh_CN.TypeCompact=精简安装（使用另行安装的 Tesseract）

[Types]
Name: "full"; Description: "{cm:TypeFull}"
Name: "compact"; Description: "{cm:TypeCompact}"

[Components]
Name: "app"; Description: "{cm:AppComponent}"; Types: full compact; Flags: fixed
#if WithTesseract
Name: "tesseract"; Description: "{cm:TesseractComponent}"; Types: full
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Components: app; Flags: ignoreversion recursesubdirs createallsubdirs
#if WithTesseract
Source: "{#TesseractDir}\*"; DestDir: "{app}\tesseract"; Components: tesseract; Flags: ignoreversion recursesubdirs createallsubdirs
#endif

[Icons]
Name: "{group}\Kefu"; Filename: "{app}\{#AppExe}"; Comment: "Report a problem from your screen, or help someone who did"
Name: "{group}\{cm:UninstallProgram,Kefu}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Kefu"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The kefu:// link handler (HKA = HKCU for a per-user install, HKLM for all users).
; Windows starts `kefu.exe "kefu://..."`; a running Kefu gets the link forwarded.
Root: HKA; Subkey: "Software\Classes\kefu"; ValueType: string; ValueName: ""; ValueData: "URL:Kefu link"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\kefu"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\kefu\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"
Root: HKA; Subkey: "Software\Classes\kefu\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchKefu}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Byte-compiled files PyInstaller may leave; the user's profile (%LOCALAPPDATA%\kefu)
; is theirs and stays.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
