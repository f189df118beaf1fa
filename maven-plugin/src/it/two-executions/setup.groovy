// The consumer keeps its spec where a real project would; it is copied from test-specs/ rather
// than checked in twice, so that the test always runs on the spec the project's tests use.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

Path target = basedir.toPath().resolve('src/main/openapi/close-lead.yaml')
Files.createDirectories(target.parent)
Files.copy(Path.of(testSpecs, 'close-lead.yaml'), target, StandardCopyOption.REPLACE_EXISTING)
return true
