import java.nio.file.Files

String log = new File(basedir, 'build.log').text

// The syntax error: file, line and column, what is wrong, what to do
assert log =~ /broken\.yaml at line 3, column \d+: YAML syntax error: .* — fix the syntax at that position/
assert log.contains('clientele: nothing generated, 1 problem in broken.yaml:')

// The dangling references: every one listed, each with its JSON pointer; the local schema one is a
// warning (a fallback), the missing file the error that stops the build
assert log.contains('clientele: nothing generated, 1 problem in dangling-ref.yaml:')
assert log.contains("warning: ") && log.contains("dangling-ref.yaml at #/components/schemas/Lead/properties/status: \$ref '#/components/schemas/LeadStatus'"
    + " points to nothing in this document; typed as any JSON value — define it or correct the reference")
assert log.contains("dangling-ref.yaml at #/components/schemas/Lead/properties/owner: \$ref 'people.yaml#/User'"
    + " names a file that does not exist")

// A failure of the build (the spec), not an error in Clientele: no stack trace
assert log.count('BUILD FAILURE') == 2
assert log.count('MAVEN/MojoFailureException') == 2
assert !log.contains('MojoExecutionException')
assert !log.contains('at dev.clientele')
assert !log.contains('\tat ')

// Nothing was generated, and no stamp claims otherwise
assert !Files.exists(basedir.toPath().resolve('target/generated-sources/clientele'))
assert !Files.exists(basedir.toPath().resolve('target/clientele'))
return true
