using FluentValidation;

namespace KnowledgePay.Application.Pricing;

/// <summary>
/// Shape rules for carts, shared by the quote and the order. How many lines a cart may hold is the pricing engine's
/// rule, answered with its typed error.
/// </summary>
internal static class CartRules
{
    public const int CouponCodeLength = 64;

    public static IRuleBuilderOptions<T, IReadOnlyList<LineRequest>> Cart<T>(this IRuleBuilder<T, IReadOnlyList<LineRequest>> rule) =>
        rule.NotNull()
            .Must(lines => lines.All(l => l.IsValid)).WithMessage("Every line names either a course or an offer.");

    public static IRuleBuilderOptions<T, string?> CouponCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(code => code is null || (!string.IsNullOrWhiteSpace(code) && code.Length <= CouponCodeLength))
            .WithMessage($"A coupon code has 1 to {CouponCodeLength} characters.");
}
