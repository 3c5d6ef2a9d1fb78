@echo off
rem Runs the bilateral command-line tool: bilateral COMMAND [OPTIONS]; bilateral --help lists the commands.
rem Needs Java 17 or newer: %JAVA_HOME%\bin\java, or java on the PATH. C1 only and the serial
rem collector make short runs start sooner.
setlocal
set "LIB=%~dp0..\lib"
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java") else (set "JAVA=java")
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "%LIB%\bilateral.jar" %*
exit /b %ERRORLEVEL%
