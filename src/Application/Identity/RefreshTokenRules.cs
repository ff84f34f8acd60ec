using FluentValidation;

namespace KnowledgePay.Application.Identity;

internal static class RefreshTokenRules
{
    /// <summary>Ours are 43 characters (32 random bytes, base64url); the margin leaves room for a longer secret.</summary>
    public const int MaxLength = 128;

    public static IRuleBuilderOptions<T, string> RefreshToken<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(MaxLength);
}
