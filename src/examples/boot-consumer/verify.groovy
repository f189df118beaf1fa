// Run by maven-plugin's invoker after `mvn dependency:tree verify` on a copy of this project.
String log = new File(basedir, 'build.log').text

// Jackson 3 only: Boot 4's tools.jackson databind, and no com.fasterxml.jackson databind beside it.
assert log.contains('tools.jackson.core:jackson-databind:jar:')
assert !log.contains('com.fasterxml.jackson.core:jackson-databind:') : 'Jackson 2 databind is on the class path'
// The plugin chose Jackson 3 from the class path, and said so.
assert log =~ /clientele: close-lead\.yaml → \d+ files \(\d+ written, 0 unchanged, 0 deleted\) in [^,]+, for Jackson 3 \(tools\.jackson\.core:jackson-databind is on the compile class path\)/
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')
return true
