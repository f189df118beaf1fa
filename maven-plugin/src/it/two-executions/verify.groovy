import java.nio.file.Files
import java.nio.file.Path

Path target = basedir.toPath().resolve('target')
Path output = target.resolve('generated-sources/clientele')
String log = new File(basedir, 'build.log').text

def close = (log =~ /clientele: close-lead\.yaml → (\d+) files \(\d+ written, 0 unchanged, 0 deleted\)/)
def pets = (log =~ /clientele: pets\.yaml → (\d+) files \(\d+ written, 0 unchanged, 0 deleted\)/)
assert close.size() == 1 && pets.size() == 1 : 'each execution generated once'
assert log.contains("clientele: close-lead.yaml is up to date (${close[0][1]} files)")
assert log.contains("clientele: pets.yaml is up to date (${pets[0][1]} files)")

// Both compiled, from one source folder
assert Files.isRegularFile(target.resolve('classes/com/close/client/model/Lead.class'))
assert Files.isRegularFile(target.resolve('classes/com/example/pets/model/Pet.class'))

// Each execution keeps its own stamp and manifest, listing only its own files
['close', 'pets'].each { assert Files.isRegularFile(target.resolve("clientele/${it}.stamp")) }
def listed = { String run -> Files.readAllLines(output.resolve(".clientele-${run}.manifest")).findAll { !it.startsWith('#') } }
assert listed('close').size() == (close[0][1] as int)
assert listed('pets').size() == (pets[0][1] as int)
assert listed('close').every { it.contains('com/close/client/') }
assert listed('pets').every { it.contains('com/example/pets/') }
return true
