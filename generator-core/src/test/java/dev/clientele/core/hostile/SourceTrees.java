package dev.clientele.core.hostile;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreeScanner;
import dev.clientele.core.emit.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * What javac's parser sees in generated sources: every name used as code (types, members,
 * identifiers, selected members) and every initializer block. Text in comments and string literals
 * is not code and does not appear here — which is the point: spec text must only ever land there.
 */
final class SourceTrees {

  /** The names and initializer blocks found. */
  record Code(Set<String> names, List<String> initializers) {}

  private SourceTrees() {}

  static Code parse(List<SourceFile> sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<JavaFileObject> files = new ArrayList<>();
    for (SourceFile source : sources) {
      files.add(new SimpleJavaFileObject(URI.create("string:///" + source.relativePath()), JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return source.content();
        }
      });
    }
    JavacTask task = (JavacTask) javac.getTask(null, null, null, List.of("-proc:none"), null, files);
    Set<String> names = new TreeSet<>();
    List<String> initializers = new ArrayList<>();
    try {
      for (CompilationUnitTree unit : task.parse()) {
        unit.accept(new TreeScanner<Void, Void>() {
          @Override
          public Void visitClass(ClassTree node, Void unused) {
            names.add(node.getSimpleName().toString());
            for (Tree member : node.getMembers()) {
              if (member instanceof BlockTree block) {
                initializers.add(unit.getSourceFile().getName() + ": " + (block.isStatic() ? "static " : "") + block);
              }
            }
            return super.visitClass(node, unused);
          }

          @Override
          public Void visitMethod(MethodTree node, Void unused) {
            names.add(node.getName().toString());
            return super.visitMethod(node, unused);
          }

          @Override
          public Void visitVariable(VariableTree node, Void unused) {
            names.add(node.getName().toString());
            return super.visitVariable(node, unused);
          }

          @Override
          public Void visitIdentifier(IdentifierTree node, Void unused) {
            names.add(node.getName().toString());
            return super.visitIdentifier(node, unused);
          }

          @Override
          public Void visitMemberSelect(MemberSelectTree node, Void unused) {
            names.add(node.getIdentifier().toString());
            return super.visitMemberSelect(node, unused);
          }
        }, null);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Code(names, initializers);
  }
}
