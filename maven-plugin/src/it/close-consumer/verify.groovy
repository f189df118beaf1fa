import java.nio.file.Files
import java.nio.file.Path

String log = new File(basedir, 'build.log').text
Path generated = basedir.toPath().resolve('target/generated-sources/clientele/com/close/client')

assert Files.isRegularFile(generated.resolve('model/Lead.java'))
assert Files.isRegularFile(generated.resolve('api/LeadsApi.java')) : 'tagNames renamed the tag interface'
assert Files.isRegularFile(basedir.toPath().resolve('target/classes/com/close/client/model/Lead.class'))
assert log =~ /clientele: close-lead\.yaml → \d+ files \(\d+ written, 0 unchanged, 0 deleted\) in /
assert log.contains('Tests run: 4, Failures: 0, Errors: 0, Skipped: 0')
return true
