#!/bin/bash
# SPDX-License-Identifier: EPL-2.0
# Writes the Eclipse IDE project files of every bundle and feature: .project, .classpath (the
# source folders that build.properties names) and .settings (UTF-8, Java 21, the formatter), so that
# File > Import > Existing Projects into Workspace opens the repository as PDE projects.
#   releng/scripts/eclipse-projects.sh        (re)write them; run after adding a bundle
# EclipseProjectFilesTest (org.rapport.model.tests) fails when a bundle's files are missing or
# name other source folders than its build.properties.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ] && { sed -n '3,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0; }

settings() {
  mkdir -p "$1/.settings"
  printf 'eclipse.preferences.version=1\nencoding/<project>=UTF-8\n' > "$1/.settings/org.eclipse.core.resources.prefs"
}

for bundle in bundles/*/; do
  bundle=${bundle%/}
  [ -f "$bundle/META-INF/MANIFEST.MF" ] || continue
  name=$(sed -n 's/^Bundle-SymbolicName: *\([^;[:space:]]*\).*/\1/p' "$bundle/META-INF/MANIFEST.MF")
  cat > "$bundle/.project" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<projectDescription>
	<name>$name</name>
	<comment></comment>
	<projects>
	</projects>
	<buildSpec>
		<buildCommand>
			<name>org.eclipse.jdt.core.javabuilder</name>
			<arguments>
			</arguments>
		</buildCommand>
		<buildCommand>
			<name>org.eclipse.pde.ManifestBuilder</name>
			<arguments>
			</arguments>
		</buildCommand>
		<buildCommand>
			<name>org.eclipse.pde.SchemaBuilder</name>
			<arguments>
			</arguments>
		</buildCommand>
	</buildSpec>
	<natures>
		<nature>org.eclipse.pde.PluginNature</nature>
		<nature>org.eclipse.jdt.core.javanature</nature>
	</natures>
</projectDescription>
EOF
  # the source folders of "source.. = a/, b/" in build.properties, continuation lines included
  folders=$(awk '/^source\.\. *=/ {on=1; sub(/^source\.\. *= */, "")} on {line=$0; more=sub(/\\$/, "", line); gsub(/[ ,]+/, " ", line); printf "%s ", line; if (!more) on=0}' "$bundle/build.properties")
  {
    echo '<?xml version="1.0" encoding="UTF-8"?>'
    echo '<classpath>'
    for folder in $folders; do
      echo "	<classpathentry kind=\"src\" path=\"${folder%/}\"/>"
    done
    echo '	<classpathentry kind="con" path="org.eclipse.jdt.launching.JRE_CONTAINER/org.eclipse.jdt.internal.debug.ui.launcher.StandardVMType/JavaSE-21"/>'
    echo '	<classpathentry kind="con" path="org.eclipse.pde.core.requiredPlugins"/>'
    echo '	<classpathentry kind="output" path="bin"/>'
    echo '</classpath>'
  } > "$bundle/.classpath"
  settings "$bundle"
  cp releng/org.rapport.parent/eclipse/org.eclipse.jdt.core.prefs "$bundle/.settings/org.eclipse.jdt.core.prefs"
done

for feature in features/*/; do
  feature=${feature%/}
  [ -f "$feature/feature.xml" ] || continue
  cat > "$feature/.project" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<projectDescription>
	<name>$(basename "$feature")</name>
	<comment></comment>
	<projects>
	</projects>
	<buildSpec>
		<buildCommand>
			<name>org.eclipse.pde.FeatureBuilder</name>
			<arguments>
			</arguments>
		</buildCommand>
	</buildSpec>
	<natures>
		<nature>org.eclipse.pde.FeatureNature</nature>
	</natures>
</projectDescription>
EOF
  settings "$feature"
done
echo "eclipse-projects: wrote the project files of $(ls -d bundles/*/META-INF | wc -l) bundles and $(ls -d features/*/feature.xml | wc -l) features"
