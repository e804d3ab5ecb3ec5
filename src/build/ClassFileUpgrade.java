import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites the class files of a jar that are older than Java 6 (version 50) as Java 8 class files
 * (version 52) with stack maps, in place. Run by package.sh on JDK 24+ (the java.lang.classfile API)
 * as a source-file program: {@code java ClassFileUpgrade.java JAR...}.
 *
 * <p>Why: class-data sharing and the AOT cache skip pre-Java-6 classes, so the ~230 classes of
 * picocli (compiled for Java 5) were loaded, parsed and verified from the jar at every start, about
 * 60 ms of each run. The bytecode is unchanged; only the version and the stack maps that the newer
 * version requires (computed by the JDK's own class-file library) are new, and the JVM still
 * verifies every class when it loads it.
 */
public final class ClassFileUpgrade {
    private static final int OLDEST_ARCHIVABLE = 50;
    private static final int TARGET = 52;

    public static void main(String[] args) throws IOException {
        for (String arg : args) {
            upgrade(Path.of(arg));
        }
    }

    private static void upgrade(Path jar) throws IOException {
        Path temp = jar.resolveSibling(jar.getFileName() + ".upgrading");
        int upgraded = 0;
        try (ZipFile zip = new ZipFile(jar.toFile());
                URLClassLoader classes = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(temp))) {
            ClassFile classFile = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
                    ClassFile.ClassHierarchyResolverOption.of(
                            ClassHierarchyResolver.ofResourceParsing(classes).orElse(ClassHierarchyResolver.defaultResolver())));
            ClassTransform newVersion = (builder, element) -> {
                if (element instanceof ClassFileVersion) {
                    builder.withVersion(TARGET, 0);
                } else {
                    builder.with(element);
                }
            };
            // Rebuilding every method body is what makes the library compute the stack maps.
            ClassTransform transform = newVersion.andThen(ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL));
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                byte[] bytes = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/") && major(bytes) < OLDEST_ARCHIVABLE) {
                    bytes = classFile.transformClass(classFile.parse(bytes), transform);
                    upgraded++;
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        if (upgraded == 0) {
            Files.delete(temp);
            return;
        }
        Files.move(temp, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("package.sh: " + jar.getFileName() + ": " + upgraded + " pre-Java-6 classes rewritten as version "
                + TARGET + " (for the class-data archive)");
    }

    private static int major(byte[] classBytes) {
        return classBytes.length < 8 ? Integer.MAX_VALUE : ((classBytes[6] & 0xff) << 8) | (classBytes[7] & 0xff);
    }
}
