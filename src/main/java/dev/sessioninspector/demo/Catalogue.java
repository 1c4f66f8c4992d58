package dev.sessioninspector.demo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The teas the shop sells. */
final class Catalogue {
    /**
     * One tea.
     *
     * @param id          the form value that adds it to the cart
     * @param name        shown name
     * @param origin      where it grows
     * @param notes       a tasting note
     * @param priceCents  price of one 100 g tin in euro cents
     * @param colour      CSS colour of its card swatch
     */
    record Tea(String id, String name, String origin, String notes, int priceCents, String colour) {
        Tea {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            if (!id.matches("[a-z0-9-]+")) {
                throw new IllegalArgumentException("tea id must be lower-case letters, digits and dashes: " + id);
            }
            if (priceCents <= 0) {
                throw new IllegalArgumentException("price must be positive");
            }
        }

        String price() {
            return formatCents(priceCents);
        }
    }

    static final List<Tea> TEAS = List.of(
            new Tea("tea", "House Breakfast", "Assam & Ceylon", "Malty, brisk, made for milk.", 650, "#8c4a2f"),
            new Tea("sencha", "Sencha Asahi", "Shizuoka, Japan", "Grassy and sweet, a hint of sea air.", 980,
                    "#6a8f3a"),
            new Tea("darjeeling", "Darjeeling First Flush", "Castleton Estate, India",
                    "Muscatel and spring flowers.", 1240, "#c08a3e"),
            new Tea("earl-grey", "Earl Grey Bergamot", "Ceylon with Calabrian bergamot", "Bright citrus on black tea.",
                    720, "#51607a"),
            new Tea("oolong", "Tie Guan Yin", "Anxi, Fujian", "Orchid, butter and a long sweet finish.", 1100,
                    "#3f7f72"),
            new Tea("rooibos", "Rooibos Vanilla", "Cederberg, South Africa", "Caffeine-free, honeyed and round.",
                    590, "#b4553a"));

    private Catalogue() {
    }

    static Optional<Tea> find(String id) {
        return TEAS.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    static String formatCents(long cents) {
        return String.format("\u20ac%d.%02d", cents / 100, cents % 100);
    }
}
