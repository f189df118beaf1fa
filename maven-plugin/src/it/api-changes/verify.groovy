import java.nio.file.Files
import java.nio.file.Path

List<String> log = new File(basedir, 'build.log').readLines()
List<String> clientele = log.findAll { it.startsWith('[INFO] clientele: ') }.collect { it.substring('[INFO] clientele: '.length()) }

int second = clientele.findIndexOf { it.startsWith('api-v2.yaml → ') }
assert clientele.subList(0, second).any { it.startsWith('no earlier API to compare with') } : clientele.join('\n')
assert clientele.subList(second + 1, second + 7) == [
    'API changes since the last run: 2 breaking, 3 other',
    '  breaking: property Lead#description removed (was @Nullable String)',
    '  breaking: parameter LeadsApi#listLeads(query) became required (String)',
    '  property Lead#url added (@Nullable String)',
    '  enum constant Lead.Status#PAUSED added ("paused")',
    '  operation LeadsApi#deleteLead added (returns void)',
] : clientele.join('\n')
assert clientele[second + 7].startsWith('the full report is in ') : clientele.join('\n')

// 3: up to date, and nothing after its summary
assert clientele.last() =~ /api-v2\.yaml is up to date/ : clientele.join('\n')

Path report = basedir.toPath().resolve('target/clientele/default-changes.md')
String markdown = Files.readString(report)
assert markdown.contains('## Breaking (2)\n\n- property Lead#description removed (was @Nullable String)\n') : markdown
assert markdown.contains('## Other (3)\n') : markdown
return true
