package dev.sessioninspector.ui.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessioninspector.analysis.AnalysisEngine;
import dev.sessioninspector.analysis.AnalysisResult;
import dev.sessioninspector.browser.engine.FxRunner;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.store.Project;
import dev.sessioninspector.ui.inspect.ViewFixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared state's commands: what each changes, and in which order views see it. */
class InspectorStateTest {
    @TempDir
    Path dir;

    private final RecordingData data = ViewFixtures.synthetic(20);
    private final AnalysisResult analysis = new AnalysisEngine().analyze(data);

    private static void drain(InspectorState state) throws Exception {
        CompletableFuture.runAsync(() -> { }, state.executor()).get(10, TimeUnit.SECONDS);
    }

    @Test
    void openingAnotherProjectClosesTheOneBeforeInTheBackground() throws Exception {
        try (InspectorState state = new InspectorState(FxRunner.DIRECT);
                Project first = Project.open(dir.resolve("first.db"));
                Project second = Project.open(dir.resolve("second.db"))) {
            state.openProject(first);
            state.openProject(first);
            drain(state);
            assertThat(first.recordings()).as("opening the same project again closes nothing").isEmpty();

            state.openProject(second);
            assertThat(state.project()).isSameAs(second);
            drain(state);
            assertThatThrownBy(first::recordings).as("the project before is closed");
            assertThat(second.recordings()).isEmpty();
        }
    }

    @Test
    void showingARecordingDropsTheOldAnalysisBeforeViewsSeeTheNewRecording() {
        try (InspectorState state = new InspectorState(FxRunner.DIRECT)) {
            state.showRecording(data, analysis);
            state.selectExchanges(List.of(1L, 2L));
            List<AnalysisResult> seenWithRecording = new ArrayList<>();
            state.recordingProperty().addListener(o -> seenWithRecording.add(state.analysis()));

            RecordingData other = ViewFixtures.synthetic(5);
            RecordingData another = new RecordingData(other.recording().withId(data.recording().id() + 1),
                    other.exchanges(), other.cookieEvents(), other.markers(), other.storage());
            state.showRecording(another, null);
            assertThat(seenWithRecording).containsExactly((AnalysisResult) null);
            assertThat(state.recording()).isSameAs(another);
            assertThat(state.analysis()).isNull();
            assertThat(state.selection()).as("another recording clears the selection").isEmpty();
        }
    }

    @Test
    void aNewAnalysisOfTheRecordingOnScreenKeepsTheSelection() {
        try (InspectorState state = new InspectorState(FxRunner.DIRECT)) {
            state.showRecording(data, null);
            state.selectExchanges(List.of(3L));
            RecordingData reloaded = new RecordingData(data.recording(), data.exchanges(), data.cookieEvents(),
                    data.markers(), data.storage());
            state.showAnalysis(reloaded, analysis);
            assertThat(state.recording()).isSameAs(reloaded);
            assertThat(state.analysis()).isSameAs(analysis);
            assertThat(state.selection()).containsExactly(3L);
        }
    }
}
