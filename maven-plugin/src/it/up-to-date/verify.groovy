import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.attribute.FileTime

Path target = basedir.toPath().resolve('target')
String log = new File(basedir, 'build.log').text

def generated = (log =~ /clientele: close-lead\.yaml → (\d+) files \((\d+) written, 0 unchanged, 0 deleted\) in /)
assert generated.size() == 1 : 'the first run generates'
def upToDate = (log =~ /clientele: close-lead\.yaml is up to date \((\d+) files\) in (\d+) ms/)
assert upToDate.size() == 1 : 'the second run is up to date'
assert upToDate[0][1] == generated[0][1] : 'it counts the files the first run generated'

// The profile set every file to 2000-01-01 before the second run: none may have been written since.
FileTime backdated = FileTime.fromMillis(946684800000L)
List<Path> files = []
Files.walk(target.resolve('generated-sources/clientele')).withCloseable { it.filter { Files.isRegularFile(it) }.forEach { files << it } }
files << target.resolve('clientele/default.stamp')
files << target.resolve('clientele/default-changes.md')
assert files.size() == (generated[0][1] as int) + 4 : 'the sources, the manifest, the API surface, the stamp and the change report'
files.each { assert Files.getLastModifiedTime(it) == backdated : "${it} was written by the up-to-date run" }
return true
