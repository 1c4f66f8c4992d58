<#
.SYNOPSIS
Builds the Windows app image and .msi installer of Session Inspector under target\packaging\windows\.

.DESCRIPTION
Run on Windows (jpackage cannot cross-build) from any directory:

    powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 [-AppImageOnly]

Needs a JDK 17+ with jpackage (JAVA_HOME), Maven on PATH (the jar must be built on Windows so that it
carries JavaFX's Windows natives), and for the .msi the WiX Toolset 3.x (candle.exe and light.exe on PATH;
jpackage 17 does not support WiX 4 or later). Metadata comes from packaging\app.conf, the version from
pom.xml. See docs\install.md.

The image has two launchers: "Session Inspector.exe" (the GUI, no console window; Start menu and desktop
shortcut) and "session-inspector.exe" (the command line: a console launcher with the same main class).
#>
[CmdletBinding()]
param(
    [switch] $AppImageOnly
)
Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

function Log([string] $Message) { Write-Host "windows: $Message" }
function Fail([string] $Message) { throw "windows: error: $Message" }

# Runs a native tool and stops on a non-zero exit code ($ErrorActionPreference does not cover native tools).
function Invoke-Tool([string] $Tool, [string[]] $Arguments) {
    & $Tool @Arguments
    if ($LASTEXITCODE -ne 0) { Fail "$(Split-Path -Leaf $Tool) exited with $LASTEXITCODE" }
}

$PackagingDir = Split-Path -Parent $PSScriptRoot
$ProjectDir = Split-Path -Parent $PackagingDir
$OutDir = Join-Path $ProjectDir 'target\packaging'
$WinOut = Join-Path $OutDir 'windows'

# --- metadata ---------------------------------------------------------------------------------------
$Conf = @{}
foreach ($line in Get-Content (Join-Path $PackagingDir 'app.conf')) {
    if ($line -match '^\s*(#|$)') { continue }
    if ($line -notmatch '^([A-Z_][A-Z0-9_]*)=(.*)$') { Fail "app.conf: cannot read line '$line'" }
    $Conf[$Matches[1]] = $Matches[2]
}
[xml] $Pom = Get-Content -Raw (Join-Path $ProjectDir 'pom.xml')
$AppVersion = $Pom.project.version
if ($AppVersion -notmatch '^(\d+(\.\d+){0,2})') { Fail "pom.xml version '$AppVersion' does not start with a number" }
# MSI versions are numbers only (major.minor.build, at most 255.255.65535): 1.2.3-SNAPSHOT becomes 1.2.3.
$PkgVersion = $Matches[1]
Log "version $AppVersion"

# --- tools ------------------------------------------------------------------------------------------
if (-not $env:JAVA_HOME) { Fail 'set JAVA_HOME to a JDK 17 or newer' }
$Bin = Join-Path $env:JAVA_HOME 'bin'
foreach ($tool in 'jpackage', 'jlink', 'jdeps', 'jar') {
    if (-not (Test-Path (Join-Path $Bin "$tool.exe"))) { Fail "$tool.exe is missing from $Bin (JAVA_HOME must be a full JDK 17+)" }
}
if (-not (Test-Path (Join-Path $env:JAVA_HOME 'jmods'))) { Fail "$env:JAVA_HOME has no jmods folder (jlink needs it)" }
$Feature = ((Get-Content (Join-Path $env:JAVA_HOME 'release') | Where-Object { $_ -match '^JAVA_VERSION=' }) -replace '^JAVA_VERSION="(\d+).*', '$1')
if ([int] $Feature -lt 17) { Fail "JAVA_HOME is Java $Feature; 17 or newer is needed" }
if (-not $AppImageOnly -and -not (Get-Command candle.exe -ErrorAction SilentlyContinue)) {
    Fail 'the .msi needs the WiX Toolset 3.x on PATH (candle.exe, light.exe); or run with -AppImageOnly'
}

# --- jar --------------------------------------------------------------------------------------------
$Jar = Join-Path $ProjectDir "target\$($Conf.MAIN_JAR)"
if ($env:PACKAGING_REBUILD -eq '1' -or -not (Test-Path $Jar)) {
    Log "building $($Conf.MAIN_JAR) with Maven"
    Push-Location $ProjectDir
    try { Invoke-Tool 'mvn' @('-B', '-ntp', '-q', '-DskipTests', 'package') } finally { Pop-Location }
}

# --- input: the jar alone (JavaFX unpacks its natives into %USERPROFILE%\.openjfx\cache on first start,
# its standard and tested path; Linux moves them next to the jar, untested on Windows) ---------------
$InputDir = Join-Path $WinOut 'input'
Remove-Item -Recurse -Force $InputDir -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force $InputDir | Out-Null
Copy-Item $Jar $InputDir

# --- runtime: jdeps' modules plus the ones it cannot see (see app.conf) ------------------------------
Log 'computing the runtime''s modules with jdeps'
$found = (& (Join-Path $Bin 'jdeps.exe') --print-module-deps --ignore-missing-deps --multi-release $Feature $Jar |
        Select-Object -Last 1)
if ($LASTEXITCODE -ne 0 -or $found -notmatch '^java\.base') { Fail "jdeps failed: $found" }
$Modules = (($found -split ',') + ($Conf.EXTRA_MODULES -split ',') | Where-Object { $_ } | Sort-Object -Unique) -join ','
$RuntimeDir = Join-Path $WinOut 'runtime'
Remove-Item -Recurse -Force $RuntimeDir -ErrorAction SilentlyContinue
Log "linking a runtime with $Modules"
Invoke-Tool (Join-Path $Bin 'jlink.exe') @('--add-modules', $Modules, '--strip-debug', '--no-header-files',
    '--no-man-pages', '--compress=2', '--generate-cds-archive', '--output', $RuntimeDir)

# --- app image --------------------------------------------------------------------------------------
$Icon = Join-Path $ProjectDir 'icons\session-inspector.ico'
if (-not (Test-Path $Icon)) { Fail "missing $Icon (the app icon set lives in icons\)" }
$CliProps = Join-Path $WinOut 'cli-launcher.properties'
Set-Content -Encoding ASCII -Path $CliProps -Value @("main-class=$($Conf.MAIN_CLASS)", 'win-console=true')

$Common = @(
    '--name', $Conf.DISPLAY_NAME,
    '--app-version', $PkgVersion,
    '--vendor', $Conf.VENDOR,
    '--copyright', $Conf.COPYRIGHT,
    '--description', $Conf.DESCRIPTION,
    '--icon', $Icon
)
$AppImage = Join-Path $WinOut $Conf.DISPLAY_NAME
Remove-Item -Recurse -Force $AppImage -ErrorAction SilentlyContinue
Log "jpackage app-image -> $AppImage"
Invoke-Tool (Join-Path $Bin 'jpackage.exe') ($Common + @(
    '--type', 'app-image',
    '--input', $InputDir, '--main-jar', $Conf.MAIN_JAR, '--main-class', $Conf.MAIN_CLASS,
    '--runtime-image', $RuntimeDir,
    '--add-launcher', "$($Conf.APP_ID)=$CliProps",
    '--dest', $WinOut))

$Cli = Join-Path $AppImage "$($Conf.APP_ID).exe"
$versionOut = @(& $Cli --version)
$printed = if ($versionOut.Count -gt 0) { $versionOut[0] } else { '' }
if ($LASTEXITCODE -ne 0 -or $printed -ne "$($Conf.APP_ID) $AppVersion") {
    Fail "the command-line launcher printed '$printed', expected '$($Conf.APP_ID) $AppVersion'"
}
Log "app image: $AppImage; '$printed'"
if ($AppImageOnly) { exit 0 }

# --- msi --------------------------------------------------------------------------------------------
Get-ChildItem $WinOut -Filter '*.msi' | Remove-Item -Force
Invoke-Tool (Join-Path $Bin 'jpackage.exe') ($Common + @(
    '--type', 'msi',
    '--app-image', $AppImage,
    # Never change it (app.conf): it is how a newer .msi finds and replaces the installed one.
    '--win-upgrade-uuid', $Conf.WIN_UPGRADE_UUID,
    '--win-menu', '--win-menu-group', $Conf.WIN_MENU_GROUP,
    '--win-shortcut', '--win-shortcut-prompt',
    '--win-dir-chooser',
    '--dest', $WinOut))
$Msi = Get-ChildItem $WinOut -Filter '*.msi' | Select-Object -First 1
Log "msi: $($Msi.FullName) ($([math]::Round($Msi.Length / 1MB, 1)) MiB)"
