import java.nio.file.Files

String log = new File(basedir, 'build.log').text
def pet = basedir.toPath().resolve('target/generated-sources/clientele/com/example/pets/model/Pet.java')

// Run 1: refused at the reference, naming it, its pointer and the option; no stack trace
assert log.contains("api.yaml at #/components/schemas/Pet: \$ref '../../../shared/pet.yaml#/Pet' reads ")
assert log.contains('allowExternalRefs in the Maven plugin')
assert log.count('BUILD FAILURE') == 1
assert !log.contains('\tat ')

// Run 2: allowed, the outside schema is generated
assert log.contains('BUILD SUCCESS')
assert Files.isRegularFile(pet)
return true
