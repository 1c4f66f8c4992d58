package dev.sessioninspector.demo;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The shop's routes: what each page does with the visit's session. The switches decide how sign-in and
 * sign-out treat the session; everything else is an ordinary little shop.
 */
final class ShopRoutes {
    /** The hidden form field carrying the anti-CSRF token. */
    static final String CSRF_FIELD = "_csrf";

    private final SessionManager sessions;

    ShopRoutes(SessionManager sessions) {
        this.sessions = sessions;
    }

    ShopResponse handle(Visit visit) {
        ShopRequest request = visit.request();
        if (request.isPost()) {
            checkCsrf(visit);
        }
        return switch (request.path()) {
            case "/" -> get(request, () -> ShopResponse.html(200, Pages.home(visit)));
            case "/login" -> request.isPost() ? login(visit)
                    : get(request, () -> ShopResponse.html(200, Pages.login(visit, null, null)));
            case "/account" -> get(request, () -> account(visit));
            case "/cart" -> get(request, () -> ShopResponse.html(200, Pages.cart(visit)));
            case "/cart/add" -> post(request, () -> addToCart(visit));
            case "/logout" -> request.isPost() || request.method().equals("GET") ? logout(visit)
                    : notAllowed("GET, POST");
            case "/api/me" -> get(request, () -> me(visit));
            default -> throw new HttpError(404, "There is no page at " + request.path() + ".");
        };
    }

    private ShopResponse login(Visit visit) {
        String username = visit.request().form().get("username");
        String password = visit.request().form().get("password");
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            return ShopResponse.html(400, Pages.login(visit, "Enter a username and a password.", username));
        }
        Optional<Accounts.Account> account = Accounts.authenticate(username.trim(), password);
        if (account.isEmpty()) {
            return ShopResponse.html(401, Pages.login(visit, "Wrong username or password.", username));
        }
        visit.replaceSession(sessions.signIn(visit.session(), account.get().username(), visit.settings()));
        return ShopResponse.redirect(visit.link("/account"));
    }

    private ShopResponse account(Visit visit) {
        return visit.account()
                .map(a -> ShopResponse.html(200, Pages.account(visit, a)))
                .orElseGet(() -> ShopResponse.redirect(visit.link("/login")));
    }

    private ShopResponse addToCart(Visit visit) {
        String item = visit.request().form().get("item");
        if (item == null || item.isBlank()) {
            throw new HttpError(400, "Choose a tea to add (form field 'item').");
        }
        Catalogue.Tea tea = Catalogue.find(item.trim())
                .orElseThrow(() -> new HttpError(400, "We do not sell '" + item + "'."));
        visit.replaceSession(sessions.addItem(visit.session(), tea.id()));
        return ShopResponse.redirect(visit.link("/cart"));
    }

    /**
     * Signs out. With {@link ShopSettings#invalidateAtLogout} the server forgets the session; without, it only
     * asks the browser to drop its cookie, and the old ID stays signed in for whoever replays it.
     */
    private ShopResponse logout(Visit visit) {
        if (visit.settings().invalidateAtLogout()) {
            sessions.invalidate(visit.session().id());
        }
        visit.markSignedOut();
        return ShopResponse.redirect("/");
    }

    private static ShopResponse me(Visit visit) {
        return visit.account()
                .map(a -> ShopResponse.json(200, "{\"user\":" + Html.jsonString(a.username()) + ",\"name\":"
                        + Html.jsonString(a.name()) + ",\"cartItems\":" + visit.session().cart().size() + "}"))
                .orElseGet(() -> ShopResponse.json(401, "{\"error\":\"not signed in\"}"));
    }

    /**
     * A form that carries {@value #CSRF_FIELD} must carry this session's token. Forms without the field are
     * let through so that scripted flows (DESIGN.md §5 posts bare forms) keep working.
     */
    private static void checkCsrf(Visit visit) {
        String token = visit.request().form().get(CSRF_FIELD);
        if (token != null && !token.equals(visit.session().csrfToken())) {
            throw new HttpError(403, "This form has expired. Reload the page and try again.");
        }
    }

    private static ShopResponse get(ShopRequest request, Supplier<ShopResponse> page) {
        return request.isGet() ? page.get() : notAllowed("GET, HEAD");
    }

    private static ShopResponse post(ShopRequest request, Supplier<ShopResponse> action) {
        return request.isPost() ? action.get() : notAllowed("POST");
    }

    private static ShopResponse notAllowed(String allow) {
        throw HttpError.methodNotAllowed(allow);
    }
}
