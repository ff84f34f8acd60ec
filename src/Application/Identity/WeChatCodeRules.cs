using FluentValidation;

namespace KnowledgePay.Application.Identity;

internal static class WeChatCodeRules
{
    /// <summary>Codes from <c>wx.login</c> and the phone button are short opaque strings; anything long is not one.</summary>
    public const int MaxLength = 128;

    public static IRuleBuilderOptions<T, string> WeChatCode<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(MaxLength);
}
