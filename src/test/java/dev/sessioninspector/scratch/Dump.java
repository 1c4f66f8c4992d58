package dev.sessioninspector.scratch;
import dev.sessioninspector.analysis.*;
import org.junit.jupiter.api.Test;
class Dump {
  @Test void dump() {
    for (var d : java.util.List.of(Sites.weakDemo(), Sites.hardened())) {
      var r = new AnalysisEngine().analyze(d);
      System.err.println(r.sessionCookies() + " " + r.login() + " " + r.logout() + " oracle=" + r.oracle());
      r.checks().forEach(c -> System.err.println(c));
      r.findings().forEach(f -> System.err.println(f.rule()+" "+f.severity()+" "+f.title()+" "+f.evidence()));
    }
  }
}
