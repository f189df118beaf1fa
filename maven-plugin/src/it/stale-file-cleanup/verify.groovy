import java.nio.file.Files
import java.nio.file.Path

Path output = basedir.toPath().resolve('target/generated-sources/clientele')
def summaries = new File(basedir, 'build.log').readLines().findAll { it.contains('clientele: api-') }
assert summaries.size() == 4 : summaries.join('\n')

// 1: Pet, Toy, PetsApi and the two package-info files
assert summaries[0] =~ /api-v1\.yaml → 5 files \(5 written, 0 unchanged, 0 deleted\)/
// 2: Toy is gone, nothing else is rewritten
assert summaries[1] =~ /api-v2\.yaml → 4 files \(0 written, 4 unchanged, 1 deleted\)/
// 3: another package: all four written there, the four in the old package deleted
assert summaries[2] =~ /api-v2\.yaml → 4 files \(4 written, 0 unchanged, 4 deleted\)/
// 4: another tag name: the interface is replaced, the models are left alone
assert summaries[3] =~ /api-v2\.yaml → 4 files \(1 written, 3 unchanged, 1 deleted\)/

assert Files.isRegularFile(output.resolve('com/example/renamed/model/Pet.java'))
assert Files.isRegularFile(output.resolve('com/example/renamed/api/AnimalsApi.java'))
assert !Files.exists(output.resolve('com/example/renamed/api/PetsApi.java'))
assert !Files.exists(output.resolve('com/example/renamed/model/Toy.java'))
assert !Files.exists(output.resolve('com/example/petstore/model/Pet.java'))
assert !Files.exists(output.resolve('com/example/petstore/api')) : 'a package folder left empty is removed'

// What Clientele did not write is untouched
assert Files.readString(output.resolve('com/example/petstore/model/HandWritten.java')) ==
    'package com.example.petstore.model;\n\nclass HandWritten {}\n'
assert Files.readString(output.resolve('NOTES.txt')) == 'hand-written notes\n'
return true
