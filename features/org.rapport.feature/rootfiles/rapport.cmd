@echo off
rem Starts Rapport Workbench. Rapport ships no native launcher (none is published on Maven Central),
rem so this script finds a Java 21+ runtime and starts the Equinox launcher jar with it.
rem Order: the runtime bundled next to this script, then JAVA_HOME, then java on the PATH.
setlocal EnableDelayedExpansion
set "HERE=%~dp0"
set "JAVA="

call :try "%HERE%jre\bin\javaw.exe"
if not defined JAVA if defined JAVA_HOME call :try "%JAVA_HOME%\bin\javaw.exe"
if not defined JAVA for /f "delims=" %%j in ('where javaw.exe 2^>nul') do if not defined JAVA call :try "%%j"

if not defined JAVA (
  echo Rapport: no Java 21 or newer was found. 1>&2
  echo   Looked for: %HERE%jre\bin, %%JAVA_HOME%%\bin and javaw.exe on the PATH. 1>&2
  echo   Install a Java 21+ runtime, or set JAVA_HOME to one, and start Rapport again. 1>&2
  exit /b 1
)

set "LAUNCHER="
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~ff"
if not defined LAUNCHER (
  echo Rapport: the installation in %HERE% is incomplete ^(no launcher jar under plugins^). 1>&2
  exit /b 1
)
rem "rapport check <casebook>" and "rapport generate <folder> --sessions N" run headless, in this console
set "COMMAND=%~1"
set "JAVACON=%JAVA:javaw.exe=java.exe%"
for %%c in (check audit verify keys generate extensions export deidentify share clone sync conflicts) do if /i "%COMMAND%"=="%%c" goto :headless
for %%c in (install-extension uninstall-extension installed-extensions update rollback) do if /i "%COMMAND%"=="%%c" goto :install

rem Exit status 23 means the workbench asked to be restarted (after an extension was installed or
rem removed); the native launcher would start it again, so this script does.
:workbench
start "Rapport" /wait "%JAVA%" -Dosgi.requiredJavaVersion=21 "-Djava.util.logging.config.file=%HERE%logging.properties" %RAPPORT_VM_ARGS% -jar "%LAUNCHER%" %*
if "%ERRORLEVEL%"=="23" goto :workbench
exit /b %ERRORLEVEL%

:install
rem installs into this installation's own p2 profile; Rapport uses the change from its next start
"%JAVACON%" -Dosgi.requiredJavaVersion=21 -Djava.awt.headless=true "-Djava.util.logging.config.file=%HERE%logging.properties" %RAPPORT_VM_ARGS% -jar "%LAUNCHER%" -application org.rapport.install.extensions -nosplash -data @none %*
exit /b %ERRORLEVEL%

:headless
set "REST="
shift
:collect
if "%~1"=="" goto :run
set REST=%REST% "%~1"
shift
goto :collect
:run
"%JAVACON%" -Dosgi.requiredJavaVersion=21 -Djava.awt.headless=true "-Djava.util.logging.config.file=%HERE%logging.properties" %RAPPORT_VM_ARGS% -jar "%LAUNCHER%" -application org.rapport.cli.%COMMAND% -nosplash -data @none %REST%
exit /b %ERRORLEVEL%

:try
if not exist "%~1" goto :eof
set "CANDIDATE=%~1"
set "JAVAEXE=%CANDIDATE:javaw.exe=java.exe%"
set "MAJOR="
for /f "tokens=2 delims==" %%v in ('"!JAVAEXE!" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version"') do set "MAJOR=%%v"
set "MAJOR=!MAJOR: =!"
if "!MAJOR:~0,2!"=="1." set "MAJOR=1"
if not defined MAJOR goto :eof
if !MAJOR! GEQ 21 (set "JAVA=%CANDIDATE%") else (echo Rapport: not using %CANDIDATE% ^(Java !MAJOR!; Rapport needs 21 or newer^) 1>&2)
goto :eof
