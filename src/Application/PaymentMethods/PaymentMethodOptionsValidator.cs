using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Orders;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Application.PaymentMethods;

/// <summary>
/// Refuses rules that cannot mean anything, at start-up: a platform or method name that is not ours (a number binds to any
/// enum), a method named twice, or hidden prices on a platform that may still buy (the buyer would pay an unseen price).
/// Names that are not numbers and not ours already fail when the section is bound.
/// </summary>
internal sealed class PaymentMethodOptionsValidator : IValidateOptions<PaymentMethodOptions>
{
    public ValidateOptionsResult Validate(string? name, PaymentMethodOptions options)
    {
        var failures = new List<string>();
        foreach (var (platform, rules) in options.Platforms)
        {
            var section = $"{PaymentMethodOptions.SectionName}:Platforms:{platform}";
            if (!Enum.IsDefined(platform))
            {
                failures.Add($"{section}: {platform} is not a platform ({string.Join(", ", Enum.GetNames<ClientPlatform>())}).");
            }

            foreach (var unknown in rules.Methods.Where(method => !Enum.IsDefined(method)))
            {
                failures.Add($"{section}:Methods: {unknown} is not a method ({string.Join(", ", Enum.GetNames<PaymentChannel>())}).");
            }

            if (rules.Methods.Count != rules.Methods.Distinct().Count())
            {
                failures.Add($"{section}:Methods names a method twice.");
            }

            if (rules.HidePrices && rules.Methods.Count > 0)
            {
                failures.Add($"{section}: HidePrices is only for a platform without methods.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
