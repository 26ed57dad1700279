using NewsNlp.Entities;

namespace NewsNlp.Tests.Entities;

public class NameParticlesTests
{
    // An entity from the mentions of `names` in `text` (each occurrence, in order).
    private static Entity Named(string text, string name, EntityType type, double salience, int skip = 0)
    {
        var mentions = new List<EntityMention>();
        for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            if (at + name.Length == text.Length || !char.IsLetter(text[at + name.Length])) mentions.Add(new EntityMention(at, at + name.Length, type));
        return new Entity(name, type, mentions.Skip(skip).ToArray(), salience);
    }

    private static string Spans(string text, Entity e) => string.Join("|", e.Mentions.Select(m => text[m.Start..m.End]));

    [Fact]
    public void A_name_known_only_as_al_something_gets_its_particle_and_becomes_an_organisation()
    {
        const string text = "Officials blamed al-Marwaz for the raid. A statement from al Marwaz denied it.";
        var result = NameParticles.Apply(text, [Named(text, "Marwaz", EntityType.Location, 0.8)]);
        var e = Assert.Single(result);
        Assert.Equal("al-Marwaz", e.Text);
        Assert.Equal(EntityType.Organization, e.Type);
        Assert.Equal("al-Marwaz|al Marwaz", Spans(text, e));
        Assert.All(e.Mentions, m => Assert.Equal(EntityType.Organization, m.Type));
    }

    [Fact]
    public void A_given_name_before_the_particle_makes_one_person()
    {
        const string text = "Minister Tarek al-Fendi spoke on Monday. Later al-Fendi left for the airport.";
        var given = Named(text, "Tarek", EntityType.Location, 0.6);
        var surname = Named(text, "Fendi", EntityType.Person, 0.5);
        var result = NameParticles.Apply(text, [given, surname]);
        var e = Assert.Single(result);
        Assert.Equal("Tarek al-Fendi", e.Text);
        Assert.Equal(EntityType.Person, e.Type);
        Assert.Equal("Tarek al-Fendi|al-Fendi", Spans(text, e));
    }

    [Fact]
    public void A_particle_taken_as_the_end_of_the_name_before_it_joins_without_overlapping()
    {
        const string text = "A lawyer, Samir Al-Dawud, said the case was weak.";
        var ending = new Entity("Samir Al", EntityType.Organization, [new EntityMention(10, 18, EntityType.Organization)], 0.6);
        var surname = new Entity("Dawud", EntityType.Person, [new EntityMention(19, 24, EntityType.Person)], 0.5);
        var e = Assert.Single(NameParticles.Apply(text, [ending, surname]));
        Assert.Equal("Samir Al-Dawud", e.Text);
        Assert.Equal(EntityType.Person, e.Type);
        Assert.Equal("Samir Al-Dawud", Spans(text, e));
    }

    [Fact]
    public void A_given_name_with_mentions_of_its_own_keeps_them_under_a_name_they_spell()
    {
        const string text = "Nadim spoke in Cairo. Later Omar Nadim al-Fendi arrived, and Nadim left.";
        var given = Named(text, "Nadim", EntityType.Person, 0.7);
        given = given with { Text = "Omar Nadim", Mentions = [given.Mentions[0], new EntityMention(28, 38, EntityType.Person), given.Mentions[2]] };
        var surname = Named(text, "Fendi", EntityType.Organization, 0.4);
        var result = NameParticles.Apply(text, [given, surname]);
        Assert.Equal(2, result.Count);
        Assert.Equal("Nadim", result[0].Text);
        Assert.Equal("Nadim|Nadim", Spans(text, result[0]));
        Assert.Equal("Omar Nadim al-Fendi", result[1].Text);
        Assert.Equal(EntityType.Person, result[1].Type);
        Assert.Equal("Omar Nadim al-Fendi", Spans(text, result[1]));
    }

    [Fact]
    public void A_bare_name_a_gazetteer_knows_as_a_person_stays_a_person()
    {
        const string text = "Forces loyal to al-Wadi shelled the town.";
        var e = Assert.Single(NameParticles.Apply(text, [Named(text, "Wadi", EntityType.Person, 0.5)], name => name == "Wadi" ? EntityType.Person : null));
        Assert.Equal("al-Wadi", e.Text);
        Assert.Equal(EntityType.Person, e.Type);
    }

    [Fact]
    public void A_particle_tagged_as_a_name_of_its_own_is_absorbed()
    {
        const string text = "Fighters of Al-Sabira held the town.";
        var particle = new Entity("Al", EntityType.Organization, [new EntityMention(12, 14, EntityType.Organization)], 0.4);
        var result = NameParticles.Apply(text, [Named(text, "Sabira", EntityType.Person, 0.5), particle]);
        var e = Assert.Single(result);
        Assert.Equal("Al-Sabira", e.Text);
        Assert.Equal(EntityType.Organization, e.Type);
    }

    [Fact]
    public void The_same_name_tagged_whole_with_a_capital_particle_joins_the_organisation()
    {
        const string text = "Al Marwaz leaders met in secret. Analysts say al Marwaz is weaker now.";
        var whole = new Entity("Al Marwaz", EntityType.Person, [new EntityMention(0, 9, EntityType.Person)], 0.7);
        var bare = new Entity("Marwaz", EntityType.Location, [new EntityMention(49, 55, EntityType.Location)], 0.5);
        var result = NameParticles.Apply(text, [whole, bare]);
        var e = Assert.Single(result);
        Assert.Equal(EntityType.Organization, e.Type);
        Assert.Equal("Al Marwaz|al Marwaz", Spans(text, e));
        Assert.Equal(0.7, e.Salience);
    }

    [Theory]
    [InlineData("Al Brennan won the vote.", "Brennan")]          // a capitalised "Al " is a given name
    [InlineData("Dr. Natal-Brown agreed.", "Brown")]             // "al" ending another word
    [InlineData("The Somali al-Marwaz cell grew.", "Marwaz")]    // a name before the particle that is no person's
    public void Other_names_keep_their_text_and_type(string text, string name)
    {
        var entity = Named(text, name, EntityType.Person, 0.5);
        var result = NameParticles.Apply(text, [entity]);
        if (name == "Marwaz")
        {
            // After a capitalised word the tagger left out, the particle joins, and the type stays.
            var e = Assert.Single(result);
            Assert.Equal("al-Marwaz", e.Text);
            Assert.Equal(EntityType.Person, e.Type);
            return;
        }
        Assert.Same(entity, Assert.Single(result));
    }

    [Fact]
    public void Values_and_entity_lists_without_particles_are_returned_as_they_are()
    {
        const string text = "Ana Ruiz paid $5 in Tijuana.";
        IReadOnlyList<Entity> entities = [Named(text, "Ana Ruiz", EntityType.Person, 0.9), Named(text, "Tijuana", EntityType.Location, 0.5)];
        Assert.Same(entities, NameParticles.Apply(text, entities));
    }
    [Fact]
    public void A_lowercase_particle_between_two_names_makes_one_name()
    {
        // The tagger cut "Brad le Moss" at the particle: the place "Brad" and the person "Moss", who the article
        // also names alone. One person; "le Moss" keeps its particle; "Brad" goes with its only mention.
        const string text = "Swimmer Brad le Moss won the final. As a boy, le Moss trained in Durban. Moss smiled.";
        var place = Named(text, "Brad", EntityType.Location, 0.7);
        var surname = Named(text, "Moss", EntityType.Person, 0.8);
        var e = Assert.Single(NameParticles.JoinInnerParticles(text, [surname, place]));
        Assert.Equal("Brad le Moss", e.Text);
        Assert.Equal(EntityType.Person, e.Type);
        Assert.Equal("Brad le Moss|le Moss|Moss", Spans(text, e));
        Assert.All(e.Mentions, m => Assert.Equal(EntityType.Person, m.Type));
    }

    [Fact]
    public void Two_word_particles_join_and_a_place_keeps_its_type()
    {
        // "Serra" twice, both times after "Villa Nova": the tail of a place, not a surname used alone.
        const string text = "Mayor Ilse von der Brink toured Villa Nova di Serra on Friday. Villa Nova di Serra has 900 people.";
        var given = Named(text, "Ilse", EntityType.Person, 0.6);
        var surname = Named(text, "Brink", EntityType.Location, 0.5);
        var villa = Named(text, "Villa Nova", EntityType.Location, 0.4);
        var serra = Named(text, "Serra", EntityType.Person, 0.3);
        var result = NameParticles.JoinInnerParticles(text, [given, surname, villa, serra]);
        Assert.Equal([("Ilse von der Brink", EntityType.Person), ("Villa Nova di Serra|Villa Nova di Serra", EntityType.Location)],
            result.Select(e => (Spans(text, e), e.Type)));
    }

    [Fact]
    public void A_particle_that_is_an_ordinary_word_joins_nothing()
    {
        // "la" after "a" (à la), "ten" before a name, a particle glued to a word: all left alone.
        const string text = "He ran a la Kovac campaign. Then ten Belgians joined. The vande Berg farm.";
        var entities = new[] { Named(text, "Kovac", EntityType.Person, 0.5), Named(text, "Belgians", EntityType.Misc, 0.4), Named(text, "Berg", EntityType.Person, 0.3) };
        Assert.Same(entities, NameParticles.JoinInnerParticles(text, entities));
    }
}
