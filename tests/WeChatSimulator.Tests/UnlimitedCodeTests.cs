using System.Buffers.Binary;
using System.IO.Compression;
using System.Net.Http.Json;
using System.Text.Json;
using KnowledgePay.WeChatSimulator.Tests.Support;

namespace KnowledgePay.WeChatSimulator.Tests;

/// <summary><c>POST /wxa/getwxacodeunlimit</c> and <c>GET /__sim/mini-program-codes</c>.</summary>
public sealed class UnlimitedCodeTests : IAsyncLifetime
{
    private SimulatorHost _sim = null!;
    private string _accessToken = null!;

    public async Task InitializeAsync()
    {
        _sim = await SimulatorHost.StartAsync();
        _accessToken = await _sim.AccessTokenAsync();
    }

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    [Fact]
    public async Task DrawsAPngOfTheRequestedWidthAndRecordsIt()
    {
        using var response = await DrawAsync(new { scene = "Ab3dEf6hIj9kLm2n", page = "pages/course/detail", width = 280 });

        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var png = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal((280, 280), Dimensions(png));
        Assert.Equal(280 * (280 + 1), Inflate(png).Length);
        var drawn = Assert.Single(await CodesAsync());
        Assert.Equal("Ab3dEf6hIj9kLm2n", drawn.GetProperty("scene").GetString());
        Assert.Equal("pages/course/detail", drawn.GetProperty("page").GetString());
        Assert.Equal("release", drawn.GetProperty("envVersion").GetString());
        Assert.True(drawn.GetProperty("checkPath").GetBoolean());
        Assert.Equal(png.Length, drawn.GetProperty("bytes").GetInt32());
    }

    [Fact]
    public async Task DrawsTheSamePictureForTheSameSceneAndAnotherForAnother()
    {
        var first = await PictureAsync("scene-a");
        var again = await PictureAsync("scene-a");
        var other = await PictureAsync("scene-b");

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task DefaultsToTheHomePageAt430PixelsWhenOnlyTheSceneIsGiven()
    {
        using var response = await DrawAsync(new { scene = "id=1" });

        Assert.Equal((430, 430), Dimensions(await response.Content.ReadAsByteArrayAsync()));
        Assert.Equal("pages/index/index", Assert.Single(await CodesAsync()).GetProperty("page").GetString());
    }

    [Theory]
    [InlineData("", 40169)]
    [InlineData("0123456789abcdef0123456789abcdefX", 40169)]
    [InlineData("中文", 40129)]
    [InlineData("a b", 40129)]
    [InlineData("100%", 40129)]
    public async Task RefusesASceneOfTheWrongLengthOrCharacters(string scene, int errCode)
    {
        Assert.Equal(errCode, await ErrCodeAsync(new { scene, page = "pages/course/detail" }));
        Assert.Empty(await CodesAsync());
    }

    [Fact]
    public async Task AcceptsEveryAllowedSymbolInAThirtyTwoCharacterScene()
    {
        Assert.Equal(0, await ErrCodeAsync(new { scene = "!#$&'()*+,/:;=?@-._~0123456789Az" }));
    }

    [Theory]
    [InlineData("/pages/course/detail", false)]
    [InlineData("pages/course/detail?id=1", false)]
    [InlineData("pages/not/released", true)]
    public async Task RefusesAnInvalidPageWith41030(string page, bool checkPath)
    {
        Assert.Equal(41030, await ErrCodeAsync(new { scene = "s1", page, check_path = checkPath }));
    }

    [Fact]
    public async Task DrawsAnUnreleasedPageWhenThePathIsNotChecked()
    {
        Assert.Equal(0, await ErrCodeAsync(new { scene = "s1", page = "pages/not/released", check_path = false }));
    }

    [Theory]
    [InlineData("beta", 430)]
    [InlineData("develop", 279)]
    [InlineData("trial", 1281)]
    public async Task RefusesAnUnknownVersionOrAWidthOutOfRange(string envVersion, int width)
    {
        Assert.Equal(40097, await ErrCodeAsync(new { scene = "s1", env_version = envVersion, width }));
    }

    [Fact]
    public async Task RefusesAMissingOrStaleAccessToken()
    {
        using var missing = await _sim.Client.PostAsJsonAsync("wxa/getwxacodeunlimit", new { scene = "s1" });
        using var stale = await _sim.Client.PostAsJsonAsync("wxa/getwxacodeunlimit?access_token=stale", new { scene = "s1" });

        Assert.Equal(41001, SimulatorHost.ErrCode(await missing.Content.ReadFromJsonAsync<JsonElement>()));
        Assert.Equal(40001, SimulatorHost.ErrCode(await stale.Content.ReadFromJsonAsync<JsonElement>()));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(45009)]
    [InlineData(41030)]
    public async Task AnswersAnArmedFaultAsJsonInsteadOfAnImage(int errCode)
    {
        await _sim.ArmFaultAsync("getUnlimitedQRCode", errCode);

        var faulted = await ErrCodeAsync(new { scene = "s1" });
        var next = await ErrCodeAsync(new { scene = "s1" });

        Assert.Equal(errCode, faulted);
        Assert.Equal(0, next);
    }

    [Fact]
    public async Task ConfiguredPagesJoinTheDefaultOnes()
    {
        await using var sim = await SimulatorHost.StartAsync("MiniProgramPages:3", "pages/poster/landing");
        var token = await sim.AccessTokenAsync();

        using var configured = await sim.Client.PostAsJsonAsync(
            $"wxa/getwxacodeunlimit?access_token={token}", new { scene = "s1", page = "pages/poster/landing" });
        using var builtIn = await sim.Client.PostAsJsonAsync(
            $"wxa/getwxacodeunlimit?access_token={token}", new { scene = "s1", page = "pages/course/detail" });

        Assert.Equal("image/png", configured.Content.Headers.ContentType?.MediaType);
        Assert.Equal("image/png", builtIn.Content.Headers.ContentType?.MediaType);
    }

    private Task<HttpResponseMessage> DrawAsync(object body) =>
        _sim.Client.PostAsJsonAsync($"wxa/getwxacodeunlimit?access_token={_accessToken}", body);

    /// <summary>0 for an image; WeChat's errcode for a JSON answer.</summary>
    private async Task<int> ErrCodeAsync(object body)
    {
        using var response = await DrawAsync(body);
        return response.Content.Headers.ContentType?.MediaType == "image/png"
            ? 0
            : SimulatorHost.ErrCode(await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private async Task<byte[]> PictureAsync(string scene)
    {
        using var response = await DrawAsync(new { scene });
        return await response.Content.ReadAsByteArrayAsync();
    }

    private async Task<JsonElement[]> CodesAsync() => [.. (await _sim.GetControlAsync("__sim/mini-program-codes")).EnumerateArray()];

    /// <summary>Width and height from the IHDR chunk, which follows the 8-byte signature and the chunk's length and type.</summary>
    private static (int Width, int Height) Dimensions(byte[] png)
    {
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        Assert.Equal("IHDR"u8.ToArray(), png[12..16]);
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    /// <summary>The raw scanlines of the single IDAT chunk after the 25-byte header chunk.</summary>
    private static byte[] Inflate(byte[] png)
    {
        const int idatStart = 8 + 25;
        var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(idatStart));
        Assert.Equal("IDAT"u8.ToArray(), png[(idatStart + 4)..(idatStart + 8)]);
        using var zlib = new ZLibStream(new MemoryStream(png, idatStart + 8, length), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        return raw.ToArray();
    }
}
