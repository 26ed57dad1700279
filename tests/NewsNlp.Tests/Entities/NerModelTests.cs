using NewsNlp.Tests.Support;
using NewsNlp.Entities;

namespace NewsNlp.Tests.Entities;

public class NerModelTests
{
    [Fact]
    public void Bilou_tags_round_trip_through_spans()
    {
        (int, int, int)[] spans = [(0, 2, 0), (3, 4, 1), (5, 8, 2)];
        var tags = new byte[9];
        BilouTags.FromSpans(spans, tags);
        Assert.Equal(BilouTags.Make(0, BilouTags.Begin), tags[0]);
        Assert.Equal(BilouTags.Make(0, BilouTags.Last), tags[1]);
        Assert.Equal(BilouTags.Outside, tags[2]);
        Assert.Equal(BilouTags.Make(1, BilouTags.Unit), tags[3]);
        Assert.Equal(BilouTags.Make(2, BilouTags.Inside), tags[6]);
        var back = new List<(int, int, int)>();
        BilouTags.ToSpans(tags, back);
        Assert.Equal(spans, back);
    }

    [Fact]
    public void Ill_formed_transitions_are_forbidden()
    {
        Assert.False(BilouTags.Allowed(BilouTags.Outside, BilouTags.Make(0, BilouTags.Inside)));
        Assert.False(BilouTags.Allowed(BilouTags.Make(0, BilouTags.Begin), BilouTags.Make(1, BilouTags.Last)));
        Assert.True(BilouTags.Allowed(BilouTags.Make(0, BilouTags.Begin), BilouTags.Make(0, BilouTags.Last)));
        Assert.True(BilouTags.Allowed(BilouTags.StartRow, BilouTags.Make(3, BilouTags.Unit)));
        Assert.False(BilouTags.AllowedLast(BilouTags.Make(2, BilouTags.Begin)));
    }

    [Fact]
    public void Viterbi_picks_the_best_well_formed_sequence()
    {
        const int T = BilouTags.Count;
        // Token 0 prefers I-PER (ill-formed at the start), token 1 prefers L-PER: best legal path is B-PER L-PER.
        var emissions = new float[2 * T];
        emissions[BilouTags.Make(0, BilouTags.Inside)] = 5;
        emissions[BilouTags.Make(0, BilouTags.Begin)] = 3;
        emissions[T + BilouTags.Make(0, BilouTags.Last)] = 4;
        var transitions = new float[(T + 1) * T];
        var tags = new byte[2];
        NerDecoder.Decode(emissions, 2, transitions, new byte[2 * T], tags);
        Assert.Equal([BilouTags.Make(0, BilouTags.Begin), BilouTags.Make(0, BilouTags.Last)], tags);
    }

    [Fact]
    public void Every_stored_feature_finds_its_own_row_and_colliding_fingerprints_fall_back_to_full_keys()
    {
        const int T = BilouTags.Count;
        var shipped = ModelForTests();
        Assert.False(shipped.VerifiesKeys);   // the shipped table needs no full-key checks
        // Two keys with the same home slot and the same fingerprint (bits 4-35 of a 16-slot table): they
        // differ only in bits 40-41, which neither the slot nor the fingerprint sees.
        ulong first = 1UL << 40 | 0x25, second = 2UL << 40 | 0x25, unseen = 3UL << 40 | 0x25;
        var model = new NerModel([first, second], new short[2 * T], 1f, new float[(T + 1) * T], NerLexicon.Empty, NerGazetteer.Empty);
        Assert.True(model.VerifiesKeys);
        Assert.Equal(0, model.RowOf(first));
        Assert.Equal(1, model.RowOf(second));
        Assert.Equal(-1, model.RowOf(unseen));
        var apart = new NerModel([first, 1UL << 40 | 0x26], new short[2 * T], 1f, new float[(T + 1) * T], NerLexicon.Empty, NerGazetteer.Empty);
        Assert.False(apart.VerifiesKeys);
        Assert.Equal(1, apart.RowOf(1UL << 40 | 0x26));
    }

    [Fact]
    public void Decoding_skips_nan_scores_like_the_reference()
    {
        var random = new Random(5);
        for (int round = 0; round < 50; round++)
            AssertDecodingMatchesReference(2 + round % 9, (slot, i) =>
                i % (slot == 0 ? 7 : 5) == round % (slot == 0 ? 7 : 5) ? float.NaN : random.Next(-3, 4));
    }

    /// <summary>Decodes <paramref name="n"/> tokens both ways; <paramref name="score"/> gives emission (0) and transition (1) values by index.</summary>
    private static void AssertDecodingMatchesReference(int n, Func<int, int, float> score)
    {
        const int T = BilouTags.Count;
        var emissions = new float[n * T];
        var transitions = new float[(T + 1) * T];
        for (int i = 0; i < emissions.Length; i++) emissions[i] = score(0, i);
        for (int i = 0; i < transitions.Length; i++) transitions[i] = score(1, i);
        byte[] fast = new byte[n], reference = new byte[n], backFast = new byte[n * T], backReference = new byte[n * T];
        NerDecoder.Decode(emissions, n, transitions, backFast, fast);
        NerDecoder.DecodeReference(emissions, n, transitions, backReference, reference);
        Assert.Equal(reference, fast);
        Assert.Equal(backReference, backFast);
    }

    [Fact]
    public void Vectorised_decoding_matches_the_reference_even_on_ties()
    {
        var random = new Random(11);
        for (int round = 0; round < 300; round++)
            // Small whole numbers in half the rounds make equal path scores common, so tie-breaking is tested.
            AssertDecodingMatchesReference(1 + round % 40, (_, _) => round % 2 == 0 ? random.Next(-3, 4) : (float)(random.NextDouble() * 20 - 10));
    }

    [Theory]
    [InlineData("sheinbaum", NerFeaturizer.ClassLower)]
    [InlineData("Sheinbaum", NerFeaturizer.ClassInitCap)]
    [InlineData("NATO", NerFeaturizer.ClassAllCaps)]
    [InlineData("U.S.", NerFeaturizer.ClassCapPeriod)]
    [InlineData("McDonald", NerFeaturizer.ClassMixed)]
    [InlineData("1,949", NerFeaturizer.ClassNumber)]
    [InlineData("G7", NerFeaturizer.ClassAlnum)]
    [InlineData("’s", NerFeaturizer.ClassLower)]
    [InlineData("—", NerFeaturizer.ClassPunct)]
    public void Token_classes(string word, byte expected) => Assert.Equal(expected, NerFeaturizer.ClassOf(word, out _, out _));

    [Fact]
    public void Plain_words_are_left_unscored_but_particles_name_neighbours_and_lower_case_sentences_are_not()
    {
        var model = ModelForTests();
        string[] words = ["Guards", "said", "that", "in", "the", "end", "the", "Museo", "della", "Zecca", "in", "Rome", "was",
            "shut", "by", "van", "der", "Sar", "and", "it", "reopened", "on", "5", "May", "."];
        var (text, tokens, _) = ConllDocument.Build([words]);
        var scratch = new NerFeaturizer.Scratch();
        var features = new ulong[tokens.Length * NerFeaturizer.FeatureCount];
        model.Featurizer.ExtractStatic(text, tokens, scratch, features, skipPlain: true);
        var plain = words.Select((w, i) => scratch.Plain[i] ? $"{i}:{w}" : null).OfType<string>().ToArray();
        // Long lower-case words always; short ones and punctuation only away from capitals and digits, and
        // never the particles "della", "van", "der".
        Assert.Equal(["1:said", "2:that", "3:in", "4:the", "5:end", "13:shut", "14:by", "19:it", "20:reopened"], plain);
        int said = 1 * NerFeaturizer.FeatureCount;
        Assert.All(features.AsSpan(said, NerFeaturizer.FeatureCount).ToArray(), f => Assert.Equal(0UL, f));
        Assert.Contains(features.AsSpan(0, NerFeaturizer.FeatureCount).ToArray(), f => f != 0);

        // Training sees every token's features; a sentence without capitals has no plain words.
        model.Featurizer.ExtractStatic(text, tokens, scratch, features);
        Assert.Contains(features.AsSpan(said, NerFeaturizer.FeatureCount).ToArray(), f => f != 0);
        var (lower, lowerTokens, _) = ConllDocument.Build([["guards", "said", "the", "museum", "reopened", "quietly"]]);
        model.Featurizer.ExtractStatic(lower, lowerTokens, scratch, new ulong[lowerTokens.Length * NerFeaturizer.FeatureCount], skipPlain: true);
        Assert.DoesNotContain(true, scratch.Plain.AsSpan(0, lowerTokens.Length).ToArray());
    }

    [Fact]
    public void Skipping_plain_words_leaves_every_scored_token_with_the_features_it_has_in_training()
    {
        // Gazetteer names written in lower case ("united states", "new york") start on plain words and reach
        // scored ones or their neighbours; their codes must be found although the plain words are skipped.
        var model = ModelForTests();
        string[] words = ["Troops", "from", "the", "united", "states", "Army", "and", "officers", "from", "new", "york", "police",
            "headquarters", "arrived", "in", "Ciudad", "Juarez", "after", "talks", "with", "united", "nations", "officials", "."];
        var (text, tokens, _) = ConllDocument.Build([words]);
        var scratch = new NerFeaturizer.Scratch();
        var skipping = new ulong[tokens.Length * NerFeaturizer.FeatureCount];
        var full = new ulong[skipping.Length];
        model.Featurizer.ExtractStatic(text, tokens, new NerFeaturizer.Scratch(), full);
        model.Featurizer.ExtractStatic(text, tokens, scratch, skipping, skipPlain: true);
        int scored = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (scratch.Plain[i]) continue;
            scored++;
            var slice = new Range(i * NerFeaturizer.FeatureCount, (i + 1) * NerFeaturizer.FeatureCount);
            Assert.True(full[slice].AsSpan().SequenceEqual(skipping[slice]), $"features of '{words[i]}' differ");
        }
        Assert.InRange(scored, 4, tokens.Length - 8);
    }

    [Fact]
    public void Outside_only_tokens_decode_to_the_reference_tags()
    {
        const int T = BilouTags.Count;
        var random = new Random(17);
        for (int round = 0; round < 200; round++)
        {
            int n = 1 + round % 30;
            var emissions = new float[n * T];
            var transitions = new float[(T + 1) * T];
            var outsideOnly = new bool[n];
            for (int i = 0; i < transitions.Length; i++) transitions[i] = (float)(random.NextDouble() * 6 - 3);
            for (int i = 0; i < n; i++)
            {
                outsideOnly[i] = random.Next(3) == 0;
                for (int t = 0; t < T; t++)
                    emissions[i * T + t] = outsideOnly[i] ? (t == BilouTags.Outside ? 0 : NerDecoder.Forbidden) : (float)(random.NextDouble() * 10 - 5);
            }
            byte[] fast = new byte[n], reference = new byte[n];
            NerDecoder.Decode(emissions, n, transitions, new byte[n * T], fast, outsideOnly);
            NerDecoder.DecodeReference(emissions, n, transitions, new byte[n * T], reference);
            Assert.Equal(reference, fast);
            for (int i = 0; i < n; i++) if (outsideOnly[i]) Assert.Equal(BilouTags.Outside, fast[i]);
        }
    }

    [Fact]
    public void Features_are_deterministic_and_fold_case_and_accents_in_the_normalized_slot()
    {
        var model = ModelForTests();
        var (text, tokens, _) = ConllDocument.Build([["Officers", "patrolled", "Ciudad", "Juárez", "."]]);
        var (text2, tokens2, _) = ConllDocument.Build([["Officers", "patrolled", "Ciudad", "Juarez", "."]]);
        var a = new ulong[tokens.Length * NerFeaturizer.FeatureCount];
        var b = new ulong[a.Length];
        var c = new ulong[a.Length];
        model.Featurizer.ExtractStatic(text, tokens, new NerFeaturizer.Scratch(), a);
        model.Featurizer.ExtractStatic(text, tokens, new NerFeaturizer.Scratch(), b);
        model.Featurizer.ExtractStatic(text2, tokens2, new NerFeaturizer.Scratch(), c);
        Assert.Equal(a, b);
        int juarez = 3 * NerFeaturizer.FeatureCount;
        Assert.NotEqual(a[juarez + 1], c[juarez + 1]);   // exact word differs
        Assert.Equal(a[juarez + 2], c[juarez + 2]);      // normalized word is the same
        Assert.Equal(0UL, a[juarez + NerFeaturizer.StaticCount]);   // no document history yet
        var token = a.AsSpan(juarez, NerFeaturizer.FeatureCount).ToArray().Where(f => f != 0).ToArray();
        Assert.Equal(token.Length, token.Distinct().Count());   // templates never collide within a token
    }

    [Fact]
    public void Missing_model_file_error_names_the_file()
    {
        string path = Path.Combine(Path.GetTempPath(), "newsnlp-no-such-model-" + Guid.NewGuid().ToString("N") + ".bin");
        var e = Assert.Throws<FileNotFoundException>(() => EntityRecognizer.FromFile(path));
        Assert.Contains(path, e.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Corrupt_model_file_error_names_the_file(int kind)
    {
        string path = Path.Combine(Path.GetTempPath(), "newsnlp-corrupt-" + Guid.NewGuid().ToString("N") + ".bin");
        try
        {
            byte[] bytes = kind switch
            {
                0 => [],
                1 => [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 37 + 11))],
                _ => ShippedModelBytes()[..20_000],   // truncated
            };
            File.WriteAllBytes(path, bytes);
            var e = Assert.Throws<InvalidDataException>(() => EntityRecognizer.FromFile(path));
            Assert.Contains(path, e.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Shipped_model_loads_from_file_and_tags()
    {
        string path = Path.Combine(TestPaths.RepositoryRoot, "models", "ner.bin");
        var recognizer = EntityRecognizer.FromFile(path);
        var tags = recognizer.TagConll([["Claudia", "Sheinbaum", "visited", "Tijuana", "."]]);
        Assert.Equal(["B-PER", "I-PER", "O", "B-LOC", "O"], tags);
        Assert.True(EntityRecognizer.Default.LoadTime < TimeSpan.FromSeconds(3), $"load took {EntityRecognizer.Default.LoadTime}");
    }

    private static byte[] ShippedModelBytes() => File.ReadAllBytes(Path.Combine(TestPaths.RepositoryRoot, "models", "ner.bin"));

    private static NerModel ModelForTests() =>
        NerModel.LoadFile(Path.Combine(TestPaths.RepositoryRoot, "models", "ner.bin"));
}
