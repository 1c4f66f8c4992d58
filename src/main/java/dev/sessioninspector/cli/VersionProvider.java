package dev.sessioninspector.cli;

import dev.sessioninspector.model.AppVersion;
import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return AppVersion.describe();
    }
}
