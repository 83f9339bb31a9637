// rdkg's Fuseki module: every request must carry `Authorization: Bearer TOKEN`.
//
// Fuseki main 5.6.0 has the filter (org.apache.jena.fuseki.main.auth.AuthBearerFilter) but no command-line
// option that installs it; this module does, when Fuseki is started with -Drdkg.bearer.file=FILE (the token
// is FILE's first line, so it never shows in the process list). Without that property it does nothing.
// A request with no Authorization header gets 401, one with another token 403 (the filter's answers).
// kg.triplestores compiles it against Fuseki's jars (`kg fuseki install`, with the Java runtime's own compiler or javac) and lists it for
// Java's ServiceLoader, which is how Fuseki finds its modules.
package rdkg.fuseki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.auth.AuthBearerFilter;
import org.apache.jena.fuseki.main.auth.BearerMode;
import org.apache.jena.fuseki.main.sys.FusekiAutoModule;
import org.apache.jena.rdf.model.Model;

public class RdkgBearerModule implements FusekiAutoModule {
    public static final String PROPERTY = "rdkg.bearer.file";

    @Override
    public String name() {
        return "rdkg-bearer";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isEmpty())
            return;
        byte[] expected;
        try {
            String token = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).stream()
                    .findFirst().orElse("").strip();
            if (token.isEmpty())
                throw new IllegalStateException(file + ": the bearer token file is empty");
            expected = token.getBytes(StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new IllegalStateException(file + ": cannot read the bearer token file (" + ex.getMessage() + ")");
        }
        builder.addFilter("/*", new AuthBearerFilter(
                given -> MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected) ? "rdkg" : null,
                BearerMode.REQUIRED));
    }
}
