import java.nio.file.Files

String log = new File(basedir, 'build.log').text

assert log.contains('clientele: skipped (clientele.skip is true): nothing generated, no source folder added')
assert !log.contains('clientele: api.yaml')
assert !Files.exists(basedir.toPath().resolve('target/generated-sources/clientele'))
assert !Files.exists(basedir.toPath().resolve('target/clientele'))
return true
