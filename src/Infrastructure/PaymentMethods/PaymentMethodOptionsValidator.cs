using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.PaymentMethods;
using KnowledgePay.Domain.Orders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Infrastructure.PaymentMethods;

/// <summary>
/// Stops the start on payment rules that cannot mean what the operator wrote. The binder alone would not: it drops a list
/// item it cannot convert (a misspelt method would leave iOS with no method at all) and turns a number into an undefined
/// enum value, so the names are checked in the section as written. Also refused: a method named twice, and hidden prices on
/// a platform that may still buy (the buyer would pay a price they never saw).
/// </summary>
internal sealed class PaymentMethodOptionsValidator(IConfiguration configuration) : IValidateOptions<PaymentMethodOptions>
{
    public ValidateOptionsResult Validate(string? name, PaymentMethodOptions options)
    {
        var failures = new List<string>();
        foreach (var platform in configuration.GetSection($"{PaymentMethodOptions.SectionName}:Platforms").GetChildren())
        {
            if (!IsName<ClientPlatform>(platform.Key))
            {
                failures.Add($"{platform.Path}: '{platform.Key}' is not a platform ({string.Join(", ", Enum.GetNames<ClientPlatform>())}).");
            }

            foreach (var method in platform.GetSection(nameof(PlatformPaymentRules.Methods)).GetChildren().Where(m => !IsName<PaymentChannel>(m.Value)))
            {
                failures.Add($"{method.Path}: '{method.Value}' is not a method ({string.Join(", ", Enum.GetNames<PaymentChannel>())}).");
            }
        }

        foreach (var (platform, rules) in options.Platforms)
        {
            var section = $"{PaymentMethodOptions.SectionName}:Platforms:{platform}";
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

    private static bool IsName<TEnum>(string? text)
        where TEnum : struct, Enum =>
        Enum.GetNames<TEnum>().Contains(text, StringComparer.OrdinalIgnoreCase);
}
