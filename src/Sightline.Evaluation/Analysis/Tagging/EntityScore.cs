using System.Globalization;
using System.Text;

namespace Sightline.Analysis.Tagging;

/// <summary>Entity-level precision, recall and F1 as conlleval counts them: a predicted entity is correct only with
/// exactly the gold span and type.</summary>
public sealed class EntityScore
{
    private readonly Dictionary<string, (int Correct, int Predicted, int Gold)> byType = new(StringComparer.Ordinal);

    public int Tokens { get; private set; }

    public void Add(IReadOnlyCollection<EntitySpan> gold, IReadOnlyCollection<EntitySpan> predicted, int tokens)
    {
        Tokens += tokens;
        var goldSet = gold.ToHashSet();
        foreach (var span in predicted)
        {
            var entry = byType.GetValueOrDefault(span.Type);
            byType[span.Type] = (entry.Correct + (goldSet.Contains(span) ? 1 : 0), entry.Predicted + 1, entry.Gold);
        }
        foreach (var span in gold)
        {
            var entry = byType.GetValueOrDefault(span.Type);
            byType[span.Type] = (entry.Correct, entry.Predicted, entry.Gold + 1);
        }
    }

    public (double Precision, double Recall, double F1) Overall => Measures(
        byType.Values.Sum(v => v.Correct), byType.Values.Sum(v => v.Predicted), byType.Values.Sum(v => v.Gold));

    public (double Precision, double Recall, double F1) For(string type)
    {
        var entry = byType.GetValueOrDefault(type);
        return Measures(entry.Correct, entry.Predicted, entry.Gold);
    }

    /// <summary>A report in conlleval's spirit: one line a type, then <c>overall precision=… recall=… f1=…</c>.</summary>
    public string Report()
    {
        var text = new StringBuilder();
        var gold = byType.Values.Sum(v => v.Gold);
        var predicted = byType.Values.Sum(v => v.Predicted);
        text.AppendLine(CultureInfo.InvariantCulture, $"processed {Tokens} tokens with {gold} gold entities; found {predicted} entities; correct {byType.Values.Sum(v => v.Correct)}.");
        foreach (var type in byType.Keys.Order(StringComparer.Ordinal))
        {
            var (p, r, f) = For(type);
            text.AppendLine(CultureInfo.InvariantCulture, $"{type,-5} precision={p:0.000} recall={r:0.000} f1={f:0.000} ({byType[type].Predicted} found, {byType[type].Gold} gold)");
        }
        var (op, or, of) = Overall;
        text.Append(CultureInfo.InvariantCulture, $"overall precision={op:0.000} recall={or:0.000} f1={of:0.000}");
        return text.ToString();
    }

    private static (double, double, double) Measures(int correct, int predicted, int gold)
    {
        var precision = predicted == 0 ? 0 : (double)correct / predicted;
        var recall = gold == 0 ? 0 : (double)correct / gold;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }
}
