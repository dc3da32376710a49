namespace Sightline.Names.Transliteration;

/// <summary>
/// Persian, Dari, Pashto and Urdu read Arabic script otherwise than Arabic does, and the model, trained mostly on
/// Arabic names, knows little of it: <c>ض</c>, <c>ذ</c> and <c>ظ</c> are all <i>z</i> (<c>فضل</c> Fazl, <c>ضیا</c>
/// Zia), <c>ث</c> is <i>s</i>, and the letters Arabic lacks (<c>پ</c>, <c>چ</c>, <c>ژ</c>, <c>گ</c> and Pashto's
/// <c>ټ</c>, <c>ډ</c>, <c>ړ</c>, <c>ښ</c>, …) have few or no training pairs (<c>اچکزی</c>/Achekzai scored nothing). This
/// reading writes such a word with the Arabic letters of the same sounds, and the Latin side's <i>ch</i>, <i>p</i> and
/// <i>zh</i> as the Arabic letters' usual renderings, so that the model can score it (ADR-015, decision 31).
/// </summary>
public static class PersianReading
{
    /// <summary>The pair read the Persian way, or null when the source word has none of the letters read otherwise.</summary>
    public static (string Source, string Latin)? Of(string source, string latin)
    {
        if (source.AsSpan().IndexOfAny(Letters) < 0) return null;
        var read = string.Create(source.Length, source, static (span, word) =>
        {
            for (var i = 0; i < word.Length; i++) span[i] = Read(word[i]);
        });
        if (source.Contains('چ')) latin = latin.Replace("tch", "j", StringComparison.Ordinal).Replace("ch", "j", StringComparison.Ordinal);
        if (source.Contains('پ')) latin = latin.Replace('p', 'b');
        if (source.Contains('ژ') || source.Contains('ږ')) latin = latin.Replace("zh", "z", StringComparison.Ordinal);
        return (read, latin);
    }

    private static readonly System.Buffers.SearchValues<char> Letters = System.Buffers.SearchValues.Create("ضذظثپچژگګټډړږښځڅ");

    /// <summary>The Arabic letter of the same sound; <c>گ</c> becomes <c>ج</c>, which the model already renders <i>g</i>
    /// as Egyptian Arabic does, and <c>چ</c> becomes <c>ج</c> with the Latin <i>ch</i> read as <i>j</i>.</summary>
    private static char Read(char c) => c switch
    {
        'ض' or 'ذ' or 'ظ' or 'ژ' or 'ږ' or 'ځ' => 'ز',
        'ث' or 'څ' => 'س',
        'پ' => 'ب',
        'چ' or 'گ' or 'ګ' => 'ج',
        'ټ' => 'ت',
        'ډ' => 'د',
        'ړ' => 'ر',
        'ښ' => 'ش',
        _ => c,
    };
}
