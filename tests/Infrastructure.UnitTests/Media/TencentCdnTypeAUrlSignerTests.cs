using System.Security.Cryptography;
using System.Text;
using KnowledgePay.Infrastructure.Media;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace KnowledgePay.Infrastructure.UnitTests.Media;

public sealed class TencentCdnTypeAUrlSignerTests
{
    private const string Key = "DvYmqE81E1F9R791H6lmht";
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1721028437);

    [Fact]
    public void SignsThePathWithTheTimestampRandAndKeyWhenNoCdnAddressIsSet()
    {
        var signer = new TencentCdnTypeAUrlSigner(Settings(baseUrl: null));

        var signed = new Uri(signer.Sign("https://media.example/foo.jpg", Now));

        var sign = signed.Query.Split("sign=")[1].Split('-');
        Assert.Equal("https://media.example/foo.jpg", signed.GetLeftPart(UriPartial.Path));
        Assert.Equal(["1721028437", "0"], [sign[0], sign[2]]);
        Assert.Equal(Md5Hex($"/foo.jpg-1721028437-{sign[1]}-0-{Key}"), sign[3]);
    }

    [Fact]
    public void SendsToTheCdnAddressWithTheOriginsPathAndQueryWhenOneIsSet()
    {
        var signer = new TencentCdnTypeAUrlSigner(Settings(new Uri("https://cdn.example")));

        var signed = signer.Sign("https://origin.example/courses/1/2.m3u8?quality=hd", Now);

        Assert.StartsWith("https://cdn.example/courses/1/2.m3u8?quality=hd&sign=1721028437-", signed);
    }

    [Fact]
    public void RefusesToStartWithoutAKeyOutsideDevelopment()
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => MediaCdnSettings.From(new MediaCdnOptions(), Links(), new Environment(Environments.Production)));

        Assert.Contains("Media:Cdn:Key", error.Message);
    }

    [Fact]
    public void DerivesAKeyTheCdnAcceptsInDevelopment()
    {
        var settings = MediaCdnSettings.From(new MediaCdnOptions(), Links(), new Environment(Environments.Development));

        Assert.Equal(32, settings.Key.Length);
        Assert.All(settings.Key, c => Assert.True(char.IsAsciiLetterOrDigit(c)));
    }

    [Fact]
    public void RefusesAKeyTheCdnWouldNotAccept()
    {
        var options = new MediaCdnOptions { Key = "short" };

        Assert.Throws<InvalidOperationException>(
            () => MediaCdnSettings.From(options, Links(), new Environment(Environments.Development)));
    }

    private static MediaCdnSettings Settings(Uri? baseUrl) =>
        MediaCdnSettings.From(
            new MediaCdnOptions { Key = Key, BaseUrl = baseUrl }, Links(), new Environment(Environments.Production));

    private static MediaUrlSettings Links() => new(new byte[32], TimeSpan.FromMinutes(10));

    private static string Md5Hex(string text) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(text)));

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "KnowledgePay";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
