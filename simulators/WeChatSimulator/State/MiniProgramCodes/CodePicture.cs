using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgePay.WeChatSimulator.State.MiniProgramCodes;

/// <summary>
/// A stand-in for a 小程序码: a square greyscale PNG whose pattern of dark modules comes from the scene's SHA-256, so
/// different scenes give different pictures and the same scene the same one. Not scannable; a real, valid PNG
/// (https://www.w3.org/TR/png-3/: signature, IHDR, one zlib IDAT, IEND, each chunk with its CRC-32).
/// </summary>
internal static class CodePicture
{
    /// <summary>Modules per side, as in a small QR code, with a finder square in three corners.</summary>
    private const int Modules = 21;

    private const int FinderSize = 7;

    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static readonly uint[] CrcTable = BuildCrcTable();

    public static byte[] Draw(string scene, int width)
    {
        var dark = DarkModules(scene);
        using var png = new MemoryStream();
        png.Write(Signature);
        WriteChunk(png, "IHDR", Header(width));
        WriteChunk(png, "IDAT", Pixels(dark, width));
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static bool[,] DarkModules(string scene)
    {
        var bits = SHA256.HashData(Encoding.UTF8.GetBytes(scene));
        var dark = new bool[Modules, Modules];
        for (var y = 0; y < Modules; y++)
        {
            for (var x = 0; x < Modules; x++)
            {
                var bit = (y * Modules) + x;
                dark[y, x] = Finder(x, y) ?? ((bits[bit / 8 % bits.Length] >> (bit % 8)) & 1) == 1;
            }
        }

        return dark;
    }

    /// <summary>Whether a module of a corner finder square is dark; null outside the finders.</summary>
    private static bool? Finder(int x, int y)
    {
        foreach (var (left, top) in new[] { (0, 0), (Modules - FinderSize, 0), (0, Modules - FinderSize) })
        {
            var (dx, dy) = (x - left, y - top);
            if (dx is >= 0 and < FinderSize && dy is >= 0 and < FinderSize)
            {
                var ring = Math.Min(Math.Min(dx, dy), Math.Min(FinderSize - 1 - dx, FinderSize - 1 - dy));
                return ring != 1;
            }
        }

        return null;
    }

    /// <summary>Width × width, 8-bit greyscale, no interlace.</summary>
    private static byte[] Header(int width)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), width);
        header[8] = 8;
        return header;
    }

    /// <summary>Each row is filter type 0 then one byte per pixel: black for a dark module, white otherwise.</summary>
    private static byte[] Pixels(bool[,] dark, int width)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            var row = new byte[width + 1];
            for (var y = 0; y < width; y++)
            {
                for (var x = 0; x < width; x++)
                {
                    row[x + 1] = dark[y * Modules / width, x * Modules / width] ? (byte)0 : (byte)255;
                }

                zlib.Write(row);
            }
        }

        return compressed.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        byte[] typeAndData = [.. Encoding.ASCII.GetBytes(type), .. data];
        png.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typeAndData));
        png.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc ^ 0xFFFFFFFFu;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
