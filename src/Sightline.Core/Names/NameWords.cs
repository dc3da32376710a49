namespace Sightline.Names;

/// <summary>
/// The words a name parser sets aside or joins, in Latin and in Arabic script. Kept apart from the parser so the
/// lists can be read and extended in one place.
/// </summary>
internal static class NameWords
{
    /// <summary>Titles and honorifics: they say something about the bearer but are not part of who the bearer is.</summary>
    public static readonly HashSet<string> LatinHonorifics = new(StringComparer.Ordinal)
    {
        "sheikh", "shaikh", "shaykh", "sheik", "shaik", "cheikh", "sheikha", "shaikha",
        "sayyid", "sayyed", "sayed", "seyed", "seyyed", "syed", "sayyida", "sayida",
        "hajji", "haji", "hajj", "hadji", "alhaji", "alhajji",
        "mullah", "mulla", "molla", "mawlawi", "maulvi", "mawlavi", "molvi", "maulawi", "maulana", "mawlana", "mufti", "qari",
        "ayatollah", "ayatullah", "hojatoleslam", "hojjatoleslam",
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "hon", "rev",
        "gen", "general", "col", "colonel", "brig", "brigadier", "maj", "major", "lt", "lieutenant", "capt", "captain", "admiral",
    };

    /// <summary>The Arabic article, written alone (<c>al Khazali</c>, or <c>Al-</c> split at its hyphen).</summary>
    public static readonly HashSet<string> LatinArticles = new(StringComparer.Ordinal) { "al", "el", "il", "ul" };

    /// <summary>The article assimilated to a following sun letter (<c>ash-Shami</c>, <c>ad-Din</c>); only an article
    /// when a hyphen joins it to the next word, since <c>As</c> or <c>Ed</c> alone may be names.</summary>
    public static readonly HashSet<string> LatinAssimilatedArticles = new(StringComparer.Ordinal)
    {
        "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az", "ed", "en", "er", "es", "esh", "et", "ez",
        "ud", "ur", "us", "ush", "uz",
    };

    /// <summary>Words for "son of" and "daughter of", which join a patronymic chain but identify no one.</summary>
    public static readonly HashSet<string> LatinConnectors = new(StringComparer.Ordinal)
    {
        "bin", "ibn", "bint", "binti", "bte", "ben", "ould", "walad",
    };

    /// <summary>"Servant of": always the first half of a compound name (<c>Abd al-Rahman</c>).</summary>
    public static readonly HashSet<string> LatinAbdForms = new(StringComparer.Ordinal)
    {
        "abd", "abdul", "abdel", "abdal", "abdil", "abdol", "abdoul", "abdu", "abdur", "abdus", "abdar", "abdou", "abdi",
    };

    /// <summary>"Father of" and "mother of": the first half of a kunya (<c>Abu Bakr</c>, <c>Umm Salama</c>), written one way.</summary>
    public static readonly HashSet<string> LatinKunyaForms = new(StringComparer.Ordinal) { "abu", "abou", "abo", "aboo", "umm", "um", "om" };

    public static readonly HashSet<string> ArabicHonorifics = new(StringComparer.Ordinal)
    {
        "شيخ", "سيد", "حاج", "حجي", "ملا", "مولوي", "مولانا", "مفتي", "اية", "دكتور",
    };

    /// <summary>"Son of" and "daughter of" in Arabic script; <c>ولد</c> is the Mauritanian form (<c>Ould</c>).</summary>
    public static readonly HashSet<string> ArabicConnectors = new(StringComparer.Ordinal) { "بن", "ابن", "بنت", "ولد" };

    /// <summary>The article written alone, or <c>آل</c> ("the family of", <c>Al Thani</c>) once normalised: no name.</summary>
    public const string ArabicFamilyArticle = "ال";

    /// <summary>"Son of" in Hebrew script (<c>בן</c>, with its final letter normalised), like <c>Ben</c> in Latin.</summary>
    public const string HebrewSonOf = "בנ";

    /// <summary>"Allah" closing a compound name (<c>Nasr Allah</c>, <c>Fathullah</c>), written one way: <see cref="LatinAllah"/>.</summary>
    public static readonly HashSet<string> LatinAllahForms = new(StringComparer.Ordinal) { "allah", "ullah", "ollah", "illah", "alla", "ulla" };

    public const string LatinAllah = "allah";

    /// <summary>"Al-Din" (of the faith) closing a compound written as one word (<c>Sirajuddin</c>, <c>Salaheddine</c>,
    /// <c>Muhyiddin</c>), split like its spaced form (<c>Siraj al-Din</c>) into the head and <see cref="LatinDin"/>.
    /// Longest first; only forms whose vowel before <c>d</c> shows the article, so <c>Geraldine</c> and <c>Claudine</c>
    /// stay whole.</summary>
    public static readonly string[] LatinDinSuffixes = ["uddeen", "uddine", "aldeen", "eldine", "eddine", "uddin", "aldin", "eldin", "eddin", "iddin", "addin"];

    public const string LatinDin = "din";

    /// <summary>"Al-Din" written joined to the name before it in Arabic script (<c>علاءالدين</c>).</summary>
    public const string ArabicAlDin = "الدين";

    public const string ArabicAllah = "الله";

    public const string ArabicAbd = "عبد";

    public const string ArabicAbu = "ابو";
}
