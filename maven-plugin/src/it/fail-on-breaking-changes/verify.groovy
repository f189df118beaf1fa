import java.nio.file.Files
import java.nio.file.Path

String log = new File(basedir, 'build.log').text
List<String> errors = log.readLines().findAll { it.startsWith('[ERROR] error: ') }
// Each of the two failed builds names the two breaking changes, and only those, saying how to accept them.
assert errors.size() == 4 : log
assert errors.every { it.endsWith('— review the change; to accept it, run once with failOnBreakingChanges off') } : errors.join('\n')
assert errors.count { it.contains('property Lead#description removed (was @Nullable String)') } == 2 : errors.join('\n')
assert errors.count { it.contains('parameter LeadsApi#listLeads(query) became required (String)') } == 2 : errors.join('\n')
assert log.count('BUILD FAILURE') == 2 : log

// The accepting run reports the same changes and writes the new client.
assert log.contains('[INFO] clientele: API changes since the last run: 2 breaking, 3 other') : log
Path lead = basedir.toPath().resolve('target/generated-sources/clientele/com/example/leads/model/Lead.java')
assert Files.readString(lead).contains('String url') : Files.readString(lead)
return true
