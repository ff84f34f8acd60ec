using System.Security.Cryptography;
using System.Text;

namespace KnowledgePay.Domain.RedeemCodes;

/// <summary>
/// Codes people type from a card: 16 characters of an alphabet without look-alikes (no 0/O, 1/I/L), shown in groups
/// of four, about 79 random bits, so neither online guessing nor brute force of a leaked hash finds one. Only the
/// SHA-256 of the normalised code is stored; the entropy is what makes an unsalted hash safe here.
/// </summary>
public static class RedeemCodeFormat
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public const int Length = 16;
    private const int GroupLength = 4;

    public static string New()
    {
        var code = new StringBuilder(Length + (Length / GroupLength) - 1);
        for (var i = 0; i < Length; i++)
        {
            if (i > 0 && i % GroupLength == 0)
            {
                code.Append('-');
            }

            code.Append(Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]);
        }

        return code.ToString();
    }

    /// <summary>What a typed code is compared by: upper case, without the separators and spaces people add or drop.</summary>
    public static string Normalise(string typed) =>
        string.Concat(typed.Where(c => c is not ('-' or ' ')).Select(char.ToUpperInvariant));

    public static string Hash(string typed) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalise(typed))));
}
