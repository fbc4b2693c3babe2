package supportbot.bench;

import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.request.GetUpdates;
import com.pengrad.telegrambot.request.SendMessage;
import com.pengrad.telegrambot.response.GetUpdatesResponse;

/** The baseline: the smallest bot on the same client and transport, answering each text with itself. */
final class EchoBot implements AutoCloseable {
    private final TelegramBot client;
    private final Thread thread;
    private volatile boolean running = true;

    EchoBot(String apiUrl) {
        client = new TelegramBot.Builder("1:echo").apiUrl(apiUrl).build();
        thread = new Thread(this::poll, "echo-bot");
        thread.setDaemon(true);
        thread.start();
    }

    private void poll() {
        int offset = 0;
        while (running) {
            try {
                GetUpdatesResponse response = client.execute(new GetUpdates().offset(offset).limit(100).timeout(1));
                if (response.updates() == null) {
                    continue;
                }
                for (Update update : response.updates()) {
                    offset = update.updateId() + 1;
                    if (update.message() != null && update.message().text() != null) {
                        client.execute(new SendMessage(update.message().chat().id(), update.message().text()));
                    }
                }
            } catch (RuntimeException e) {
                // keep polling
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5_000);
        client.shutdown();
    }
}
