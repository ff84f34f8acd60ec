using System.ComponentModel.DataAnnotations;

namespace KnowledgePay.WeChatSimulator;

/// <summary>
/// Virtual Payment and the message push that carries its events (section <c>WeChatSimulator:VirtualPayment</c>). Every
/// setting has a development default, which <see cref="ProductSettings"/> hands to the product so both sides agree.
/// </summary>
public sealed class VirtualPaymentSimulatorOptions
{
    public const string SectionName = WeChatSimulatorOptions.SectionName + ":VirtualPayment";

    public const string DevelopmentOfferId = "1450012345";
    public const string DevelopmentProductionAppKey = "kpDevXPayAppKeyProduction0000001";
    public const string DevelopmentSandboxAppKey = "kpDevXPayAppKeySandbox0000000001";
    public const string DevelopmentMessageToken = "kpDevMessagePushToken";
    public const string DevelopmentEncodingAesKey = "kpDevEncodingAesKey0123456789abcdefghijklmn";

    /// <summary>Price tiers in fen the development products are published at (product id <c>kp_tier_&lt;fen&gt;</c>): the demo catalogue's prices.</summary>
    public static readonly long[] DevelopmentPricesFen = [100, 990, 1990, 2990, 4900, 4990, 6800, 9900, 19900, 29900, 39900, 49900];

    [Required]
    public string OfferId { get; set; } = DevelopmentOfferId;

    [Required]
    public string ProductionAppKey { get; set; } = DevelopmentProductionAppKey;

    [Required]
    public string SandboxAppKey { get; set; } = DevelopmentSandboxAppKey;

    /// <summary>The message push Token the merchant configured.</summary>
    [Required]
    public string MessageToken { get; set; } = DevelopmentMessageToken;

    [Required]
    [RegularExpression("^[A-Za-z0-9+/]{43}$")]
    public string EncodingAesKey { get; set; } = DevelopmentEncodingAesKey;

    /// <summary>Where events are pushed (the merchant's message push URL); without it they are logged as dropped.</summary>
    public string? MessagePushUrl { get; set; }

    /// <summary>Secure mode (encrypted, <c>msg_signature</c>) unless false: plaintext with <c>signature</c>.</summary>
    public bool Secure { get; set; } = true;

    /// <summary>Simulated seconds a refund_order task takes before the refund push.</summary>
    [Range(0.0, 86_400.0)]
    public double RefundDelaySeconds { get; set; } = 1.0;

    /// <summary>The published goods; empty means the development tiers.</summary>
    public List<SimulatedProduct> Products { get; set; } = [];

    public IReadOnlyList<SimulatedProduct> EffectiveProducts =>
        Products.Count > 0 ? Products : [.. DevelopmentPricesFen.Select(fen => new SimulatedProduct { ProductId = $"kp_tier_{fen}", PriceFen = fen })];

    public string AppKey(int env) => env == 0 ? ProductionAppKey : SandboxAppKey;

    /// <summary>
    /// The product's <c>WeChat:VirtualPayment:*</c> (sandbox env) and <c>WeChat:MessagePush:*</c> settings matching these.
    /// </summary>
    public IReadOnlyDictionary<string, string?> ProductSettings()
    {
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["WeChat:VirtualPayment:OfferId"] = OfferId,
            ["WeChat:VirtualPayment:Env"] = "1",
            ["WeChat:VirtualPayment:ProductionAppKey"] = ProductionAppKey,
            ["WeChat:VirtualPayment:SandboxAppKey"] = SandboxAppKey,
            ["WeChat:MessagePush:Token"] = MessageToken,
            ["WeChat:MessagePush:EncodingAesKey"] = EncodingAesKey,
            ["WeChat:MessagePush:Mode"] = Secure ? "Secure" : "Plaintext",
        };
        var products = EffectiveProducts;
        for (var i = 0; i < products.Count; i++)
        {
            settings[$"WeChat:VirtualPayment:Products:{i}:ProductId"] = products[i].ProductId;
            settings[$"WeChat:VirtualPayment:Products:{i}:PriceFen"] = products[i].PriceFen.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return settings;
    }
}

public sealed class SimulatedProduct
{
    [Required]
    public string ProductId { get; set; } = string.Empty;

    [Range(1, long.MaxValue)]
    public long PriceFen { get; set; }
}
