// Files Clientele did not write, in the output folder before it ever runs: they must survive
// every run, including the one that deletes the generated files next to them.
import java.nio.file.Files
import java.nio.file.Path

Path output = basedir.toPath().resolve('target/generated-sources/clientele')
Files.createDirectories(output.resolve('com/example/petstore/model'))
Files.writeString(output.resolve('com/example/petstore/model/HandWritten.java'),
    'package com.example.petstore.model;\n\nclass HandWritten {}\n')
Files.writeString(output.resolve('NOTES.txt'), 'hand-written notes\n')
return true
