package supportbot.app;

import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.ArrayList;
import java.util.List;
import supportbot.analytics.FixTally;
import supportbot.pipeline.Bot;
import supportbot.dialog.DialogEngine;
import supportbot.dialog.DialogSettings;
import supportbot.knowledge.KnowledgeBase;
import supportbot.metrics.BotMetrics;
import supportbot.knowledge.Phrase;
import supportbot.nlu.AnswerData;
import supportbot.nlu.AnswerReader;
import supportbot.nlu.AnswerSet;
import supportbot.nlu.Language;
import supportbot.nlu.TextClassifier;
import supportbot.nlu.Vocabulary;
import supportbot.store.SessionStore;

/** Builds the parts from the settings, the knowledge file and the models: what every channel needs. */
public final class Components {
    private Components() {
    }

    /** The knowledge of the pack the settings name. */
    public static KnowledgeBase knowledge() {
        return Settings.load().knowledge().load();
    }

    /** An engine with the settings' dialog rules and no support chat. */
    public static DialogEngine engine(Settings settings, KnowledgeBase knowledge) {
        return engine(settings.dialog().withHandoff(false), settings, knowledge);
    }

    public static DialogEngine engine(Settings settings) {
        return engine(settings, knowledge());
    }

    public static DialogEngine engine(DialogSettings dialog, Settings settings, KnowledgeBase knowledge) {
        // Each takes a good part of a second (the intent model starts the sentence model): loaded side by side.
        CompletableFuture<TextClassifier> intents = CompletableFuture.supplyAsync(() -> settings.models().intents());
        CompletableFuture<AnswerReader> answers = CompletableFuture.supplyAsync(() -> settings.models().answers());
        Language english = english(knowledge, settings.knowledge());
        try {
            return new DialogEngine(knowledge, intents.join(), answers.join(), dialog, english);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * What the bot knows of English: conf/language.conf, and the words of its own texts, of the shipped
     * training data and of the pack's.
     */
    public static Language english(KnowledgeBase knowledge, KnowledgePack pack) {
        List<String> texts = new ArrayList<>(knowledge.texts());
        if (!pack.shipped()) {
            pack.intentSamples().forEach(sample -> texts.add(sample.text()));
            pack.answerSamples(DialogEngine.answerSets(knowledge)).forEach(sample -> texts.add(sample.text()));
        }
        texts.addAll(resourceLines("/models/train/intents.txt"));
        for (AnswerSet set : DialogEngine.answerSets(knowledge)) {
            texts.addAll(resourceLines("/models/train/answers/" + set.name() + ".txt"));
        }
        for (String file : List.of(AnswerData.SHARED, AnswerData.YES_NO, AnswerData.GENERIC)) {
            texts.addAll(resourceLines("/models/train/answers/" + file + ".txt"));
        }
        return Language.of(ConfFiles.withDefaults("language.conf").config().getConfig("language"), Vocabulary.of(texts));
    }

    private static List<String> resourceLines(String name) {
        try (InputStream in = Components.class.getResourceAsStream(name)) {
            return in == null ? List.of() : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SessionStore durableStore(Settings settings) {
        return settings.store().open(Instant.now());
    }

    /** The console's bot, with the durable store: no support chat there. */
    public static Bot bot(Settings settings) {
        return bot(settings, knowledge(), false);
    }

    /**
     * The bot with the durable store. {@code handoff}: a support chat takes "talk to a person". With the
     * learned order on, the fixes' track record is read from the store's log and kept up to date.
     */
    public static Bot bot(Settings settings, KnowledgeBase knowledge, boolean handoff) {
        return bot(settings, knowledge, handoff, BotMetrics.none());
    }

    /** A Prometheus registry with the JVM's own figures (memory, GC, threads, classes, CPU, uptime) bound to it. */
    public static PrometheusMeterRegistry prometheus() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        return registry;
    }

    /** The same, counting what it does into {@code metrics}. */
    public static Bot bot(Settings settings, KnowledgeBase knowledge, boolean handoff, BotMetrics metrics) {
        // The store opens (and on first start, migrates) on a core of its own while the models load.
        CompletableFuture<SessionStore> opening = CompletableFuture.supplyAsync(() -> durableStore(settings));
        DialogSettings dialog = settings.dialog().withHandoff(handoff);
        DialogEngine engine;
        try {
            engine = engine(dialog, settings, knowledge);
        } catch (RuntimeException e) {
            opening.thenAccept(SessionStore::close);
            throw e;
        }
        SessionStore store;
        try {
            store = opening.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        String apology = knowledge.phrases().say(Phrase.INTERNAL_ERROR);
        FixTally tally = dialog.learnedOrder().enabled() ? FixTally.from(store, knowledge) : null;
        return new Bot(engine, store, apology, tally, metrics);
    }
}
