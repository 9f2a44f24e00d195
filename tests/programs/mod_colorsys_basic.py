# colorsys: conversions between RGB and YIQ, HLS, HSV, both ways, at the edges.
import colorsys

for rgb in [(0.2, 0.4, 0.4), (1.0, 0.0, 0.0), (0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (0.5, 0.25, 0.75)]:
    yiq = colorsys.rgb_to_yiq(*rgb)
    hls = colorsys.rgb_to_hls(*rgb)
    hsv = colorsys.rgb_to_hsv(*rgb)
    print([round(v, 9) for v in yiq], [round(v, 9) for v in hls], [round(v, 9) for v in hsv])
    print([round(v, 9) for v in colorsys.yiq_to_rgb(*yiq)],
          [round(v, 9) for v in colorsys.hls_to_rgb(*hls)],
          [round(v, 9) for v in colorsys.hsv_to_rgb(*hsv)])
print(colorsys.hsv_to_rgb(0.3, 0.5, 0.9), colorsys.hls_to_rgb(0.5, 0.5, 0.5))
print(colorsys.hsv_to_rgb(1.0, 1.0, 1.0), colorsys.hls_to_rgb(0.99, 0.2, 1.0))
try:
    colorsys.rgb_to_hsv("r", 0, 0)
except TypeError as e:
    print(type(e).__name__, e)
