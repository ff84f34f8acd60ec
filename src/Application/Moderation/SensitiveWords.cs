using System.Globalization;
using System.Text;

namespace KnowledgePay.Application.Moderation;

/// <summary>
/// Finds listed words in text the way people try to hide them: case, full-width forms, and spaces or punctuation between
/// the characters ("加 微-信") do not matter.
/// </summary>
internal static class SensitiveWords
{
    public static bool ContainsAny(string text, IEnumerable<string> words)
    {
        var folded = Fold(text);
        return words.Select(Fold).Any(word => word.Length > 0 && folded.Contains(word, StringComparison.Ordinal));
    }

    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            var category = char.GetUnicodeCategory(c);
            if (char.IsLetterOrDigit(c) || category is UnicodeCategory.OtherSymbol or UnicodeCategory.MathSymbol)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
