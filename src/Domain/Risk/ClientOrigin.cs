namespace KnowledgePay.Domain.Risk;

/// <summary>
/// Where a request came from, as far as the anomaly rules need it: the client address, and the device id the mini
/// program sends in <c>X-Device-Id</c> (a random id it made on first launch, never a hardware identifier) when it does.
/// </summary>
public sealed record ClientOrigin
{
    /// <summary>Long enough for any IPv6 address in text.</summary>
    public const int AddressLength = 45;

    public const int DeviceIdLength = 64;

    /// <summary>The address when the host could not tell one (address rules skip it).</summary>
    public const string UnknownAddress = "unknown";

    private ClientOrigin(string address, string? deviceId)
    {
        Address = address;
        DeviceId = deviceId;
    }

    public string Address { get; }

    public string? DeviceId { get; }

    public bool HasKnownAddress => Address != UnknownAddress;

    /// <summary>What tells devices apart: the device id, or the address when the client sent none.</summary>
    public string DeviceKey => DeviceId ?? Address;

    /// <summary>A missing address becomes <see cref="UnknownAddress"/>; a device id that is not 8–64 letters, digits, '-' or '_' is ignored.</summary>
    public static ClientOrigin Of(string? address, string? deviceId) =>
        new(
            address?.Trim() is { Length: > 0 } known ? known[..Math.Min(known.Length, AddressLength)] : UnknownAddress,
            IsWellFormedDeviceId(deviceId) ? deviceId : null);

    private static bool IsWellFormedDeviceId(string? deviceId) =>
        deviceId is { Length: >= 8 and <= DeviceIdLength } && deviceId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
