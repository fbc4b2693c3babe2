package supportbot.store;

class InMemorySessionStoreTest extends SessionStoreContract {
    @Override
    SessionStore open() {
        return new InMemorySessionStore();
    }
}
