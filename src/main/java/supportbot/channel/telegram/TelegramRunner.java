package supportbot.channel.telegram;

import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.model.BotCommand;
import com.pengrad.telegrambot.request.DeleteWebhook;
import com.pengrad.telegrambot.request.GetChat;
import com.pengrad.telegrambot.request.GetMe;
import com.pengrad.telegrambot.request.SetMyCommands;
import com.pengrad.telegrambot.request.SetWebhook;
import com.pengrad.telegrambot.response.GetMeResponse;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import supportbot.pipeline.Bot;
import supportbot.store.SessionStore;
import supportbot.knowledge.Phrase;
import supportbot.knowledge.Phrases;

/** Starts the bot on Telegram, by long polling or webhook as set, and stops it again. */
public final class TelegramRunner implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TelegramRunner.class);
    /** A send that has not been answered in this long is counted as failed and tried again later. */
    private static final int SEND_TIMEOUT_SECONDS = 15;

    private final TelegramSettings settings;
    private final TelegramBot client;
    private final TelegramApi api;
    private final TelegramChannel channel;
    /** A new sender each time this instance takes the outbox over (its worker pool ends with it). */
    private final java.util.function.Supplier<OutboxSender> senders;
    private final SessionStore store;
    private final OkHttpClient http;
    private final Redaction redaction;
    private volatile LongPolling polling;
    private Thread pollingThread;
    private Standby standby;
    private WebhookServer webhook;
    private volatile boolean webhookSet;

    public TelegramRunner(TelegramSettings settings, Bot bot, Phrases phrases, Clock clock) {
        this(settings, OptionalLong.empty(), bot, phrases, clock);
    }

    /** {@code supportChat}: the group that takes hand-offs (the bot must be a member), if any. */
    public TelegramRunner(TelegramSettings settings, OptionalLong supportChat, Bot bot, Phrases phrases, Clock clock) {
        this.settings = settings;
        // OkHttp would retry a POST after a connection failure on its own, unseen and uncounted, and so send a
        // reply Telegram already has again: every retry is the outbox's.
        this.http = new OkHttpClient.Builder()
                .retryOnConnectionFailure(false)
                .connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .writeTimeout(20, TimeUnit.SECONDS)
                .build();
        // pengrad's logging interceptor would print URLs with the token: it is never installed here.
        this.client = new TelegramBot.Builder(settings.token()).apiUrl(settings.apiUrl()).okHttpClient(http).build();
        this.redaction = new Redaction(settings.token());
        this.api = new TelegramApi(client, redaction, settings.maxAttempts(), settings.firstBackoff());
        this.channel = new TelegramChannel(bot, api, new UpdateReader(clock, username(), supportChat), settings.workers(),
                phrases, supportChat, clock);
        RateLimiter limits = new RateLimiter(settings.perChatBurst(), settings.perChatPerSecond(), settings.groupPerMinute(),
                settings.overallPerSecond());
        this.store = bot.store();
        this.senders = () -> new OutboxSender(bot.store(), api, limits,
                new OutboxSender.Retries(settings.firstBackoff(), settings.maxBackoff(), settings.giveUpAfter()),
                supportChat, channel::refused, clock, settings.workers(), bot.metrics());
        bot.metrics().gauge("supportbot.outbox.pending", "Replies waiting in the outbox", () -> bot.store().backlog().pending());
        bot.metrics().gauge("supportbot.handoffs.open", "Conversations with a person from support now",
                () -> bot.store().countInState(supportbot.dialog.State.HANDED_OFF));
        if (supportChat.isPresent() && !api.tryOnce(new GetChat(supportChat.getAsLong()))) {
            log.warn("the support chat {} cannot be reached: is the bot a member, and is the id right? A hand-off that "
                    + "cannot be posted there sends the user to Apple Support instead", supportChat.getAsLong());
        }
        api.tryOnce(new SetMyCommands(
                new BotCommand("start", phrases.say(Phrase.COMMAND_START)),
                new BotCommand("help", phrases.say(Phrase.COMMAND_HELP)),
                new BotCommand("restart", phrases.say(Phrase.COMMAND_RESTART)),
                new BotCommand("cancel", phrases.say(Phrase.COMMAND_CANCEL))));
    }

    /**
     * Starts polling or the webhook, and the outbox's sender, and returns at once. Among instances sharing a
     * store, one polls and one sends the outbox (each holding the store's lease); every instance takes webhook
     * updates, and handles a conversation only while it holds its lock.
     */
    public TelegramRunner start() throws IOException, InterruptedException {
        switch (settings.mode()) {
            case POLLING -> standby = new Standby("polling Telegram", store.lease("telegram-polling"), () -> {
                AutoCloseable sending = startSending();
                try {
                    startPolling();
                } catch (RuntimeException e) {
                    sending.close();
                    throw e;
                }
                return () -> {
                    stopPolling();
                    sending.close();
                };
            }).start();
            case WEBHOOK -> {
                webhook = new WebhookServer(new InetSocketAddress(settings.webhookBind(), settings.webhookPort()),
                        settings.webhookPath(), settings.webhookSecret(), channel);
                webhook.start();
                api.call(new SetWebhook().url(settings.webhookUrl()).secretToken(settings.webhookSecret())
                        .allowedUpdates(LongPolling.ALLOWED_UPDATES));
                webhookSet = true;
                log.info("webhook set to {}", settings.webhookUrl());
                standby = new Standby("sending the outbox", store.lease("outbox"), this::startSending).start();
            }
        }
        return this;
    }

    private AutoCloseable startSending() {
        OutboxSender sender = senders.get().start();
        channel.deliverWith(sender);
        return () -> {
            channel.deliverWith(null);
            sender.close();
        };
    }

    private void startPolling() {
        // A webhook left set from an earlier run makes getUpdates fail with 409.
        api.tryOnce(new DeleteWebhook());
        OkHttpClient longPolls = http.newBuilder().readTimeout(settings.pollTimeoutSeconds() + 15L, TimeUnit.SECONDS).build();
        UpdateFeed feed = new UpdateFeed(longPolls, settings.apiUrl(), settings.token(), redaction, LongPolling.ALLOWED_UPDATES);
        polling = new LongPolling(feed, channel, settings.pollTimeoutSeconds());
        pollingThread = new Thread(polling, "telegram-polling");
        pollingThread.start();
        log.info("polling {} for updates", settings.apiUrl());
    }

    private void stopPolling() {
        LongPolling was = polling;
        if (was == null) {
            return;
        }
        was.stop();
        pollingThread.interrupt();
        try {
            pollingThread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        polling = null;
    }

    /**
     * What keeps the bot from taking updates now, if anything: in polling mode, no successful getUpdates
     * for longer than a long poll takes; in webhook mode, the webhook not set.
     */
    public Optional<String> problem() {
        if (settings.mode() == TelegramSettings.Mode.WEBHOOK) {
            return webhookSet ? Optional.empty() : Optional.of("the webhook is not set");
        }
        LongPolling now = polling;
        if (now == null) {
            return Optional.of(standby == null ? "not polling yet" : "standing by: another instance polls Telegram");
        }
        long quietSeconds = (System.nanoTime() - now.lastSuccessNanos()) / 1_000_000_000L;
        return quietSeconds > settings.pollTimeoutSeconds() + 30L
                ? Optional.of("no answer from getUpdates for " + quietSeconds + " s") : Optional.empty();
    }

    /** The port the webhook listens on (useful when the setting asks for any free port, 0). */
    public int webhookPort() {
        return webhook == null ? -1 : webhook.port();
    }

    private String username() {
        try {
            GetMeResponse me = client.execute(new GetMe());
            if (me != null && me.isOk() && me.user() != null && me.user().username() != null) {
                return me.user().username();
            }
        } catch (RuntimeException e) {
            log.warn("getMe failed: {}", redaction.describe(e));
        }
        return "";
    }

    @Override
    public void close() {
        if (standby != null) {
            standby.close();
        }
        if (webhook != null) {
            webhook.close();
        }
        channel.close();
        client.shutdown();
    }
}
