# Resource object code (Python 3)
# Created by: object code
# Created by: The Resource Compiler for Qt version 6.11.3
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00\x0d\xa2\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<svg xmlns\
=\x22http://www.w3.\
org/2000/svg\x22 ve\
rsion=\x221.2\x22 base\
Profile=\x22tiny\x22 v\
iewBox=\x220 0 320 \
260\x22 width=\x22320\x22\
 height=\x22260\x22>\x0a \
 <!-- Side view \
of three lumbar \
vertebrae: front\
 of the body is \
on the left, bac\
k on the right.\x0a\
       The middl\
e vertebra has c\
ollapsed into a \
wedge (osteoporo\
tic compression \
fracture). -->\x0a \
 <defs>\x0a    <lin\
earGradient id=\x22\
bone\x22 x1=\x220\x22 y1=\
\x220\x22 x2=\x221\x22 y2=\x220\
\x22>\x0a      <stop o\
ffset=\x220\x22 stop-c\
olor=\x22#f1e8d6\x22/>\
\x0a      <stop off\
set=\x221\x22 stop-col\
or=\x22#e2d4b8\x22/>\x0a \
   </linearGradi\
ent>\x0a  </defs>\x0a\x0a\
  <!-- soft high\
light behind the\
 broken vertebra\
 -->\x0a  <ellipse \
cx=\x22106\x22 cy=\x22132\
\x22 rx=\x2278\x22 ry=\x2242\
\x22 fill=\x22#fbe3d6\x22\
/>\x0a\x0a  <!-- botto\
m vertebra (norm\
al) -->\x0a  <g tra\
nsform=\x22translat\
e(50,170)\x22>\x0a    \
<path d=\x22M-2 56 \
H112 Q118 56 118\
 62 V64 Q118 70 \
112 70 H-2 Q-8 7\
0 -8 64 V62 Q-8 \
56 -2 56 Z\x22 fill\
=\x22#c3ced9\x22 strok\
e=\x22#5f7389\x22 stro\
ke-width=\x222\x22/>\x0a \
   <path d=\x22M110\
 12 L128 9 L133 \
-3 L140 -12 L150\
 -10 L153 2 L166\
 11 L200 22 Q212\
 26 211 35 Q209 \
43 199 43 L176 4\
4 L170 56 L167 6\
8 L158 70 L152 5\
8 L142 37 L126 3\
5 L110 36 Z\x22 fil\
l=\x22url(#bone)\x22 s\
troke=\x22#8a7a5c\x22 \
stroke-width=\x222.\
5\x22 stroke-linejo\
in=\x22round\x22/>\x0a   \
 <path d=\x22M6 0 H\
104 Q110 0 110 6\
 V50 Q110 56 104\
 56 H6 Q0 56 0 5\
0 Q5 28 0 6 Q0 0\
 6 0 Z\x22 fill=\x22ur\
l(#bone)\x22 stroke\
=\x22#8a7a5c\x22 strok\
e-width=\x222.5\x22 st\
roke-linejoin=\x22r\
ound\x22/>\x0a  </g>\x0a\x0a\
  <!-- disc betw\
een middle and b\
ottom vertebra -\
->\x0a  <path d=\x22M5\
2 156 H158 Q164 \
163 158 170 H52 \
Q46 163 52 156 Z\
\x22 fill=\x22#c3ced9\x22\
 stroke=\x22#5f7389\
\x22 stroke-width=\x22\
2\x22/>\x0a\x0a  <!-- mid\
dle vertebra: ba\
ck part normal, \
body collapsed a\
t the front -->\x0a\
  <g transform=\x22\
translate(50,100\
)\x22>\x0a    <path d=\
\x22M110 12 L128 9 \
L133 -3 L140 -12\
 L150 -10 L153 2\
 L166 11 L200 22\
 Q212 26 211 35 \
Q209 43 199 43 L\
176 44 L170 56 L\
167 68 L158 70 L\
152 58 L142 37 L\
126 35 L110 36 Z\
\x22 fill=\x22url(#bon\
e)\x22 stroke=\x22#8a7\
a5c\x22 stroke-widt\
h=\x222.5\x22 stroke-l\
inejoin=\x22round\x22/\
>\x0a  </g>\x0a  <path\
 d=\x22M58 126 L154\
 105 Q160 104 16\
0 110 V150 Q160 \
156 154 156 H56 \
Q50 156 50 150 Q\
54 141 51 133 Q5\
1 127 58 126 Z\x22 \
fill=\x22url(#bone)\
\x22 stroke=\x22#8a7a5\
c\x22 stroke-width=\
\x222.5\x22 stroke-lin\
ejoin=\x22round\x22/>\x0a\
  <!-- fracture \
line, open at th\
e front -->\x0a  <p\
ath d=\x22M50 133 L\
63 129 L71 136 L\
82 127 L92 134 L\
103 125 L114 129\
 L128 120 L114 1\
32 L103 129 L92 \
139 L82 132 L71 \
142 L63 135 L51 \
142 Z\x22 fill=\x22#5a\
4526\x22 stroke=\x22#5\
a4526\x22 stroke-wi\
dth=\x221.5\x22 stroke\
-linejoin=\x22round\
\x22/>\x0a  <path d=\x22M\
82 127 L87 119\x22 \
fill=\x22none\x22 stro\
ke=\x22#5a4526\x22 str\
oke-width=\x222.5\x22 \
stroke-linecap=\x22\
round\x22/>\x0a  <path\
 d=\x22M92 139 L97 \
149\x22 fill=\x22none\x22\
 stroke=\x22#5a4526\
\x22 stroke-width=\x22\
2.5\x22 stroke-line\
cap=\x22round\x22/>\x0a  \
<path d=\x22M114 13\
2 L122 141\x22 fill\
=\x22none\x22 stroke=\x22\
#5a4526\x22 stroke-\
width=\x222\x22 stroke\
-linecap=\x22round\x22\
/>\x0a\x0a  <!-- top v\
ertebra with its\
 discs, tipped f\
orward because t\
he middle one co\
llapsed -->\x0a  <g\
 transform=\x22rota\
te(-12 160 104)\x22\
>\x0a    <path d=\x22M\
52 90 H158 Q164 \
97 158 104 H52 Q\
46 97 52 90 Z\x22 f\
ill=\x22#c3ced9\x22 st\
roke=\x22#5f7389\x22 s\
troke-width=\x222\x22/\
>\x0a    <g transfo\
rm=\x22translate(50\
,34)\x22>\x0a      <pa\
th d=\x22M-2 -14 H1\
12 Q118 -14 118 \
-8 V-6 Q118 0 11\
2 0 H-2 Q-8 0 -8\
 -6 V-8 Q-8 -14 \
-2 -14 Z\x22 fill=\x22\
#c3ced9\x22 stroke=\
\x22#5f7389\x22 stroke\
-width=\x222\x22/>\x0a   \
   <path d=\x22M110\
 12 L128 9 L133 \
-3 L140 -12 L150\
 -10 L153 2 L166\
 11 L200 22 Q212\
 26 211 35 Q209 \
43 199 43 L176 4\
4 L170 56 L167 6\
8 L158 70 L152 5\
8 L142 37 L126 3\
5 L110 36 Z\x22 fil\
l=\x22url(#bone)\x22 s\
troke=\x22#8a7a5c\x22 \
stroke-width=\x222.\
5\x22 stroke-linejo\
in=\x22round\x22/>\x0a   \
   <path d=\x22M6 0\
 H104 Q110 0 110\
 6 V50 Q110 56 1\
04 56 H6 Q0 56 0\
 50 Q5 28 0 6 Q0\
 0 6 0 Z\x22 fill=\x22\
url(#bone)\x22 stro\
ke=\x22#8a7a5c\x22 str\
oke-width=\x222.5\x22 \
stroke-linejoin=\
\x22round\x22/>\x0a    </\
g>\x0a  </g>\x0a</svg>\
\x0a\
\x00\x00\x125\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<svg xmlns\
=\x22http://www.w3.\
org/2000/svg\x22 ve\
rsion=\x221.2\x22 base\
Profile=\x22tiny\x22 v\
iewBox=\x220 0 320 \
260\x22 width=\x22320\x22\
 height=\x22260\x22>\x0a \
 <!-- Same side \
view as vertebra\
_fracture.svg: a\
 thin needle ent\
ers the collapse\
d middle vertebr\
a\x0a       from th\
e back (right) t\
hrough its pedic\
le, and bone cem\
ent fills the in\
side of the body\
. -->\x0a  <defs>\x0a \
   <linearGradie\
nt id=\x22bone\x22 x1=\
\x220\x22 y1=\x220\x22 x2=\x221\
\x22 y2=\x220\x22>\x0a      \
<stop offset=\x220\x22\
 stop-color=\x22#f1\
e8d6\x22/>\x0a      <s\
top offset=\x221\x22 s\
top-color=\x22#e2d4\
b8\x22/>\x0a    </line\
arGradient>\x0a  </\
defs>\x0a\x0a  <!-- so\
ft highlight beh\
ind the treated \
vertebra -->\x0a  <\
ellipse cx=\x22106\x22\
 cy=\x22132\x22 rx=\x2278\
\x22 ry=\x2242\x22 fill=\x22\
#e6f1f9\x22/>\x0a\x0a  <!\
-- bottom verteb\
ra (normal) -->\x0a\
  <g transform=\x22\
translate(50,170\
)\x22>\x0a    <path d=\
\x22M-2 56 H112 Q11\
8 56 118 62 V64 \
Q118 70 112 70 H\
-2 Q-8 70 -8 64 \
V62 Q-8 56 -2 56\
 Z\x22 fill=\x22#c3ced\
9\x22 stroke=\x22#5f73\
89\x22 stroke-width\
=\x222\x22/>\x0a    <path\
 d=\x22M110 12 L128\
 9 L133 -3 L140 \
-12 L150 -10 L15\
3 2 L166 11 L200\
 22 Q212 26 211 \
35 Q209 43 199 4\
3 L176 44 L170 5\
6 L167 68 L158 7\
0 L152 58 L142 3\
7 L126 35 L110 3\
6 Z\x22 fill=\x22url(#\
bone)\x22 stroke=\x22#\
8a7a5c\x22 stroke-w\
idth=\x222.5\x22 strok\
e-linejoin=\x22roun\
d\x22/>\x0a    <path d\
=\x22M6 0 H104 Q110\
 0 110 6 V50 Q11\
0 56 104 56 H6 Q\
0 56 0 50 Q5 28 \
0 6 Q0 0 6 0 Z\x22 \
fill=\x22url(#bone)\
\x22 stroke=\x22#8a7a5\
c\x22 stroke-width=\
\x222.5\x22 stroke-lin\
ejoin=\x22round\x22/>\x0a\
  </g>\x0a\x0a  <!-- d\
isc between midd\
le and bottom ve\
rtebra -->\x0a  <pa\
th d=\x22M52 156 H1\
58 Q164 163 158 \
170 H52 Q46 163 \
52 156 Z\x22 fill=\x22\
#c3ced9\x22 stroke=\
\x22#5f7389\x22 stroke\
-width=\x222\x22/>\x0a\x0a  \
<!-- middle vert\
ebra: back part \
normal, body col\
lapsed at the fr\
ont -->\x0a  <g tra\
nsform=\x22translat\
e(50,100)\x22>\x0a    \
<path d=\x22M110 12\
 L128 9 L133 -3 \
L140 -12 L150 -1\
0 L153 2 L166 11\
 L200 22 Q212 26\
 211 35 Q209 43 \
199 43 L176 44 L\
170 56 L167 68 L\
158 70 L152 58 L\
142 37 L126 35 L\
110 36 Z\x22 fill=\x22\
url(#bone)\x22 stro\
ke=\x22#8a7a5c\x22 str\
oke-width=\x222.5\x22 \
stroke-linejoin=\
\x22round\x22/>\x0a  </g>\
\x0a  <path d=\x22M58 \
126 L154 105 Q16\
0 104 160 110 V1\
50 Q160 156 154 \
156 H56 Q50 156 \
50 150 Q54 141 5\
1 133 Q51 127 58\
 126 Z\x22 fill=\x22ur\
l(#bone)\x22 stroke\
=\x22#8a7a5c\x22 strok\
e-width=\x222.5\x22 st\
roke-linejoin=\x22r\
ound\x22/>\x0a  <!-- f\
racture line, op\
en at the front \
-->\x0a  <path d=\x22M\
50 133 L63 129 L\
71 136 L82 127 L\
92 134 L103 125 \
L114 129 L128 12\
0 L114 132 L103 \
129 L92 139 L82 \
132 L71 142 L63 \
135 L51 142 Z\x22 f\
ill=\x22#5a4526\x22 st\
roke=\x22#5a4526\x22 s\
troke-width=\x221.5\
\x22 stroke-linejoi\
n=\x22round\x22/>\x0a  <p\
ath d=\x22M82 127 L\
87 119\x22 fill=\x22no\
ne\x22 stroke=\x22#5a4\
526\x22 stroke-widt\
h=\x222.5\x22 stroke-l\
inecap=\x22round\x22/>\
\x0a  <path d=\x22M92 \
139 L97 149\x22 fil\
l=\x22none\x22 stroke=\
\x22#5a4526\x22 stroke\
-width=\x222.5\x22 str\
oke-linecap=\x22rou\
nd\x22/>\x0a  <path d=\
\x22M114 132 L122 1\
41\x22 fill=\x22none\x22 \
stroke=\x22#5a4526\x22\
 stroke-width=\x222\
\x22 stroke-linecap\
=\x22round\x22/>\x0a\x0a  <!\
-- bone cement f\
illing the insid\
e of the broken \
body -->\x0a  <path\
 d=\x22M62 142 C56 \
136 60 130 67 13\
1 C71 126 79 125\
 84 128 C88 122 \
98 121 103 124 C\
107 118 116 117 \
121 120 C125 114\
 135 113 139 116\
 C147 113 154 11\
8 151 125 C156 1\
31 155 139 150 1\
42 C152 149 144 \
152 138 149 C132\
 153 122 153 117\
 149 C110 153 99\
 153 94 149 C87 \
153 76 152 73 14\
8 C65 150 57 148\
 62 142 Z\x22 fill=\
\x22#cfe6f7\x22 fill-o\
pacity=\x220.93\x22 st\
roke=\x22#2f6f9f\x22 s\
troke-width=\x222.5\
\x22 stroke-linejoi\
n=\x22round\x22/>\x0a  <e\
llipse cx=\x2288\x22 c\
y=\x22137\x22 rx=\x2210\x22 \
ry=\x223.5\x22 fill=\x22#\
ffffff\x22 fill-opa\
city=\x220.8\x22/>\x0a  <\
ellipse cx=\x22132\x22\
 cy=\x22127\x22 rx=\x227\x22\
 ry=\x223\x22 fill=\x22#f\
fffff\x22 fill-opac\
ity=\x220.8\x22/>\x0a\x0a  <\
!-- top vertebra\
 with its discs,\
 tipped forward \
because the midd\
le one collapsed\
 -->\x0a  <g transf\
orm=\x22rotate(-12 \
160 104)\x22>\x0a    <\
path d=\x22M52 90 H\
158 Q164 97 158 \
104 H52 Q46 97 5\
2 90 Z\x22 fill=\x22#c\
3ced9\x22 stroke=\x22#\
5f7389\x22 stroke-w\
idth=\x222\x22/>\x0a    <\
g transform=\x22tra\
nslate(50,34)\x22>\x0a\
      <path d=\x22M\
-2 -14 H112 Q118\
 -14 118 -8 V-6 \
Q118 0 112 0 H-2\
 Q-8 0 -8 -6 V-8\
 Q-8 -14 -2 -14 \
Z\x22 fill=\x22#c3ced9\
\x22 stroke=\x22#5f738\
9\x22 stroke-width=\
\x222\x22/>\x0a      <pat\
h d=\x22M110 12 L12\
8 9 L133 -3 L140\
 -12 L150 -10 L1\
53 2 L166 11 L20\
0 22 Q212 26 211\
 35 Q209 43 199 \
43 L176 44 L170 \
56 L167 68 L158 \
70 L152 58 L142 \
37 L126 35 L110 \
36 Z\x22 fill=\x22url(\
#bone)\x22 stroke=\x22\
#8a7a5c\x22 stroke-\
width=\x222.5\x22 stro\
ke-linejoin=\x22rou\
nd\x22/>\x0a      <pat\
h d=\x22M6 0 H104 Q\
110 0 110 6 V50 \
Q110 56 104 56 H\
6 Q0 56 0 50 Q5 \
28 0 6 Q0 0 6 0 \
Z\x22 fill=\x22url(#bo\
ne)\x22 stroke=\x22#8a\
7a5c\x22 stroke-wid\
th=\x222.5\x22 stroke-\
linejoin=\x22round\x22\
/>\x0a    </g>\x0a  </\
g>\x0a\x0a  <!-- needl\
e entering from \
the back, throug\
h the pedicle --\
>\x0a  <path d=\x22M10\
8 129 L292 88\x22 f\
ill=\x22none\x22 strok\
e=\x22#37434f\x22 stro\
ke-width=\x224\x22 str\
oke-linecap=\x22rou\
nd\x22/>\x0a  <path d=\
\x22M120 125.5 L290\
 87.6\x22 fill=\x22non\
e\x22 stroke=\x22#aab6\
c2\x22 stroke-width\
=\x221.2\x22 stroke-li\
necap=\x22round\x22/>\x0a\
  <g transform=\x22\
translate(290,88\
.5) rotate(-12.5\
)\x22>\x0a    <rect x=\
\x220\x22 y=\x22-9\x22 width\
=\x2224\x22 height=\x2218\
\x22 rx=\x224\x22 fill=\x22#\
8fa3b6\x22 stroke=\x22\
#37434f\x22 stroke-\
width=\x222\x22/>\x0a    \
<rect x=\x22-4\x22 y=\x22\
-5\x22 width=\x225\x22 he\
ight=\x2210\x22 rx=\x221.\
5\x22 fill=\x22#8fa3b6\
\x22 stroke=\x22#37434\
f\x22 stroke-width=\
\x222\x22/>\x0a  </g>\x0a</s\
vg>\x0a\
\x00\x00\x01 \
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<svg xmlns\
=\x22http://www.w3.\
org/2000/svg\x22 ve\
rsion=\x221.2\x22 base\
Profile=\x22tiny\x22 v\
iewBox=\x220 0 24 2\
4\x22 width=\x2224\x22 he\
ight=\x2224\x22>\x0a  <pa\
th d=\x22M5 9 L12 1\
6 L19 9\x22 fill=\x22n\
one\x22 stroke=\x22#1b\
2a38\x22 stroke-wid\
th=\x223\x22 stroke-li\
necap=\x22round\x22 st\
roke-linejoin=\x22r\
ound\x22/>\x0a</svg>\x0a\
\x00\x00\x01 \
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<svg xmlns\
=\x22http://www.w3.\
org/2000/svg\x22 ve\
rsion=\x221.2\x22 base\
Profile=\x22tiny\x22 v\
iewBox=\x220 0 24 2\
4\x22 width=\x2224\x22 he\
ight=\x2224\x22>\x0a  <pa\
th d=\x22M5 9 L12 1\
6 L19 9\x22 fill=\x22n\
one\x22 stroke=\x22#ff\
ffff\x22 stroke-wid\
th=\x223\x22 stroke-li\
necap=\x22round\x22 st\
roke-linejoin=\x22r\
ound\x22/>\x0a</svg>\x0a\
\x00\x00\x01!\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<svg xmlns\
=\x22http://www.w3.\
org/2000/svg\x22 ve\
rsion=\x221.2\x22 base\
Profile=\x22tiny\x22 v\
iewBox=\x220 0 24 2\
4\x22 width=\x2224\x22 he\
ight=\x2224\x22>\x0a  <pa\
th d=\x22M5 15 L12 \
8 L19 15\x22 fill=\x22\
none\x22 stroke=\x22#1\
b2a38\x22 stroke-wi\
dth=\x223\x22 stroke-l\
inecap=\x22round\x22 s\
troke-linejoin=\x22\
round\x22/>\x0a</svg>\x0a\
\
\x00\x00\x01.\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<svg xmlns\
=\x22http://www.w3.\
org/2000/svg\x22 ve\
rsion=\x221.2\x22 base\
Profile=\x22tiny\x22 v\
iewBox=\x220 0 24 2\
4\x22 width=\x2224\x22 he\
ight=\x2224\x22>\x0a  <pa\
th d=\x22M4.5 12.5 \
L9.5 17.5 L19.5 \
6.5\x22 fill=\x22none\x22\
 stroke=\x22#ffffff\
\x22 stroke-width=\x22\
3.2\x22 stroke-line\
cap=\x22round\x22 stro\
ke-linejoin=\x22rou\
nd\x22/>\x0a</svg>\x0a\
\x00\x00\x01.\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<svg xmlns\
=\x22http://www.w3.\
org/2000/svg\x22 ve\
rsion=\x221.2\x22 base\
Profile=\x22tiny\x22 v\
iewBox=\x220 0 24 2\
4\x22 width=\x2224\x22 he\
ight=\x2224\x22>\x0a  <pa\
th d=\x22M4.5 12.5 \
L9.5 17.5 L19.5 \
6.5\x22 fill=\x22none\x22\
 stroke=\x22#1b2a38\
\x22 stroke-width=\x22\
3.2\x22 stroke-line\
cap=\x22round\x22 stro\
ke-linejoin=\x22rou\
nd\x22/>\x0a</svg>\x0a\
\x00\x00\x01!\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<svg xmlns\
=\x22http://www.w3.\
org/2000/svg\x22 ve\
rsion=\x221.2\x22 base\
Profile=\x22tiny\x22 v\
iewBox=\x220 0 24 2\
4\x22 width=\x2224\x22 he\
ight=\x2224\x22>\x0a  <pa\
th d=\x22M5 15 L12 \
8 L19 15\x22 fill=\x22\
none\x22 stroke=\x22#f\
fffff\x22 stroke-wi\
dth=\x223\x22 stroke-l\
inecap=\x22round\x22 s\
troke-linejoin=\x22\
round\x22/>\x0a</svg>\x0a\
\
\x00\x00 \x16\
/\
* vertprep theme\
. Fields in doub\
le braces are fi\
lled in by vertp\
rep/ui/theme.py.\
 */\x0aQWidget {\x0a  \
  font-size: {{b\
ody_pt}}pt;\x0a    \
color: {{text}};\
\x0a}\x0aQMainWindow, \
QDialog, QScroll\
Area, QScrollAre\
a > QWidget > QW\
idget, QStackedW\
idget {\x0a    back\
ground: {{window\
}};\x0a}\x0aQToolTip {\
\x0a    background:\
 {{surface}};\x0a  \
  color: {{text}\
};\x0a    border: 2\
px solid {{borde\
r}};\x0a    padding\
: 6px;\x0a}\x0a\x0a/* Men\
us and toolbar: \
big enough to hi\
t, strong colour\
s when chosen. *\
/\x0aQMenuBar, QMen\
u { background: \
{{surface}}; col\
or: {{text}}; }\x0a\
QMenuBar { borde\
r-bottom: 1px so\
lid {{border}}; \
}\x0aQMenuBar::item\
 { padding: 10px\
 {{menu_item_px}\
}px; }\x0aQMenu { b\
order: 2px solid\
 {{border}}; pad\
ding: 4px; }\x0aQMe\
nu::item { paddi\
ng: 8px 32px 8px\
 36px; }\x0aQMenu::\
separator { heig\
ht: 2px; backgro\
und: {{border}};\
 margin: 4px 8px\
; }\x0aQMenu::item:\
selected, QMenuB\
ar::item:selecte\
d { background: \
{{accent}}; colo\
r: {{accent_text\
}}; }\x0aQMenu::ite\
m:disabled { col\
or: {{border}}; \
}\x0aQToolBar {\x0a   \
 background: {{w\
indow}};\x0a    bor\
der: none;\x0a    b\
order-bottom: 1p\
x solid {{border\
}};\x0a    padding:\
 4px 8px;\x0a    sp\
acing: 8px;\x0a}\x0aQT\
oolBar QLabel { \
font-weight: bol\
d; }\x0a/* The tool\
bar's buttons in\
 the menu bar's \
row: no frame of\
 their own. */\x0aQ\
Widget#menuBarCo\
rner QToolBar { \
border: none; pa\
dding: 0; spacin\
g: 4px; backgrou\
nd: transparent;\
 }\x0a\x0a/* Text. Hea\
dings get their \
space from paddi\
ng: a margin wou\
ld indent QLabel\
 text. */\x0aQLabel\
 { background: t\
ransparent; qpro\
perty-indent: 0;\
 }\x0aQLabel[role=\x22\
title\x22] { font-s\
ize: {{title_pt}\
}pt; font-weight\
: bold; }\x0aQLabel\
[role=\x22heading\x22]\
 { font-size: {{\
heading_pt}}pt; \
font-weight: bol\
d; padding-top: \
8px; }\x0aQLabel[ro\
le=\x22muted\x22] { co\
lor: {{muted}}; \
}\x0aQLabel[role=\x22e\
rror\x22] { color: \
{{overdue}}; fon\
t-weight: bold; \
}\x0aQLabel[role=\x22c\
aption\x22] { color\
: {{muted}}; fon\
t-size: {{small_\
pt}}pt; }\x0aQLabel\
[role=\x22patient\x22]\
 { font-weight: \
bold; }\x0aQLabel[r\
ole=\x22key\x22] {\x0a   \
 font-weight: bo\
ld;\x0a    backgrou\
nd: {{surface}};\
\x0a    border: 2px\
 solid {{border}\
};\x0a    border-ra\
dius: 6px;\x0a    p\
adding: 2px 8px;\
\x0a}\x0aQLabel[status\
=\x22overdue\x22] { co\
lor: {{overdue}}\
; font-weight: b\
old; }\x0aQLabel[st\
atus=\x22due_today\x22\
] { color: {{due\
}}; font-weight:\
 bold; }\x0aQLabel[\
status=\x22done\x22] {\
 color: {{done}}\
; font-weight: b\
old; }\x0aQLabel[st\
atus=\x22upcoming\x22]\
, QLabel[status=\
\x22unscheduled\x22] {\
 color: {{muted}\
}; }\x0a\x0a/* Cards a\
nd boxes. */\x0aQFr\
ame[role=\x22card\x22]\
 {\x0a    backgroun\
d: {{surface}};\x0a\
    border: 1px \
solid {{border}}\
;\x0a    border-rad\
ius: 8px;\x0a}\x0aQFra\
me[role=\x22card\x22][\
status=\x22overdue\x22\
] { border: 3px \
solid {{overdue}\
}; }\x0aQFrame[role\
=\x22card\x22][current\
=\x22true\x22] {\x0a    b\
order: 3px solid\
 {{accent}};\x0a   \
 background: {{h\
ighlight_bg}};\x0a}\
\x0aQFrame[role=\x22ca\
rd\x22][focused=\x22tr\
ue\x22] { border: {\
{focus_px}}px so\
lid {{focus}}; }\
\x0aQFrame[role=\x22ca\
reNote\x22] {\x0a    b\
ackground: {{sur\
face}};\x0a    bord\
er-left: 6px sol\
id {{accent}};\x0a \
   border-radius\
: 4px;\x0a}\x0aQFrame[\
role=\x22alert\x22] {\x0a\
    background: \
{{alert_bg}};\x0a  \
  border: {{aler\
t_border_px}}px \
solid {{alert_bo\
rder}};\x0a    bord\
er-radius: 8px;\x0a\
}\x0a/* The warning\
 signs' headings\
 in the alert co\
lour, in both th\
emes. */\x0aQFrame#\
warningSigns QLa\
bel[role=\x22headin\
g\x22] { color: {{o\
verdue}}; }\x0aQFra\
me[role=\x22toast\x22]\
 {\x0a    backgroun\
d: {{surface}};\x0a\
    border: 2px \
solid {{accent}}\
;\x0a    border-rad\
ius: 8px;\x0a}\x0a\x0a/* \
Buttons: at leas\
t {{target_px}} \
px each way. Foc\
us fills them an\
d thickens the e\
dge;\x0a   the padd\
ing shrinks by a\
s much as the ed\
ge grows, so not\
hing moves. */\x0aQ\
PushButton, QToo\
lButton {\x0a    mi\
n-height: {{targ\
et_px}}px;\x0a    m\
in-width: {{targ\
et_px}}px;\x0a    p\
adding: 4px 16px\
;\x0a    border: 2p\
x solid {{accent\
}};\x0a    border-r\
adius: 6px;\x0a    \
background: {{su\
rface}};\x0a    col\
or: {{accent}};\x0a\
    font-weight:\
 bold;\x0a}\x0aQPushBu\
tton[role=\x22prima\
ry\x22] { backgroun\
d: {{primary_bg}\
}; color: {{prim\
ary_text}}; }\x0aQP\
ushButton:disabl\
ed, QToolButton:\
disabled {\x0a    b\
order-style: das\
hed;\x0a    border-\
color: {{border}\
};\x0a    backgroun\
d: {{surface}};\x0a\
    color: {{bor\
der}};\x0a}\x0aQToolBu\
tton#smallerText\
, QToolButton#no\
rmalText, QToolB\
utton#largerText\
 { padding: 2px \
6px; }\x0aQToolButt\
on#smallerText {\
 font-size: {{sm\
all_pt}}pt; }\x0aQT\
oolButton#larger\
Text { font-size\
: {{large_pt}}pt\
; }\x0aQPushButton:\
focus, QToolButt\
on:focus {\x0a    b\
order: {{focus_p\
x}}px solid {{fo\
cus}};\x0a    backg\
round: {{focus_b\
g}};\x0a    color: \
{{focus_text}};\x0a\
}\x0a\x0a/* Checkboxes\
: a big box with\
 a drawn tick, n\
ever a colour al\
one. */\x0aQCheckBo\
x {\x0a    min-heig\
ht: {{target_px}\
}px;\x0a    spacing\
: 12px;\x0a    padd\
ing: 0 6px;\x0a    \
border: {{focus_\
px}}px solid tra\
nsparent;\x0a    bo\
rder-radius: 6px\
;\x0a}\x0aQCheckBox#ti\
ck, QCheckBox[ba\
re=\x22true\x22] { spa\
cing: 0; }\x0aQChec\
kBox::indicator \
{\x0a    width: {{i\
ndicator_px}}px;\
\x0a    height: {{i\
ndicator_px}}px;\
\x0a    border: 2px\
 solid {{text}};\
\x0a    border-radi\
us: 4px;\x0a    bac\
kground: {{surfa\
ce}};\x0a}\x0aQCheckBo\
x::indicator:che\
cked { image: ur\
l({{tick_image}}\
); }\x0aQCheckBox::\
indicator:disabl\
ed { border-colo\
r: {{border}}; }\
\x0aQCheckBox:focus\
 {\x0a    border: {\
{focus_px}}px so\
lid {{focus}};\x0a \
   background: {\
{focus_bg}};\x0a   \
 color: {{focus_\
text}};\x0a}\x0a\x0a/* Fi\
elds. */\x0aQLineEd\
it, QPlainTextEd\
it, QDateEdit, Q\
TimeEdit, QCombo\
Box {\x0a    min-he\
ight: {{target_p\
x}}px;\x0a    backg\
round: {{surface\
}};\x0a    border: \
2px solid {{bord\
er}};\x0a    border\
-radius: 4px;\x0a  \
  padding: 0 6px\
;\x0a    selection-\
background-color\
: {{accent}};\x0a  \
  selection-colo\
r: {{accent_text\
}};\x0a}\x0aQLineEdit:\
focus, QPlainTex\
tEdit:focus, QDa\
teEdit:focus, QT\
imeEdit:focus, Q\
ComboBox:focus {\
\x0a    border: {{f\
ocus_px}}px soli\
d {{focus}};\x0a}\x0a/\
* Big arrows: th\
e calendar of a \
date field, and \
a time field's b\
uttons side by s\
ide\x0a   (\x22earlier\
\x22 left of \x22later\
\x22), each a full \
target. */\x0aQDate\
Edit::drop-down,\
 QComboBox::drop\
-down {\x0a    subc\
ontrol-origin: b\
order;\x0a    subco\
ntrol-position: \
center right;\x0a  \
  width: {{field\
_button_px}}px;\x0a\
    height: {{fi\
eld_button_px}}p\
x;\x0a    border: n\
one;\x0a    border-\
left: 2px solid \
{{border}};\x0a}\x0aQD\
ateEdit::down-ar\
row, QComboBox::\
down-arrow, QTim\
eEdit::down-arro\
w {\x0a    image: u\
rl({{arrow_down_\
image}});\x0a    wi\
dth: {{arrow_px}\
}px;\x0a    height:\
 {{arrow_px}}px;\
\x0a}\x0aQTimeEdit::up\
-arrow {\x0a    ima\
ge: url({{arrow_\
up_image}});\x0a   \
 width: {{arrow_\
px}}px;\x0a    heig\
ht: {{arrow_px}}\
px;\x0a}\x0aQTimeEdit \
{ padding: 0 {{t\
ime_buttons_px}}\
px 0 6px; }\x0aQTim\
eEdit:right-to-l\
eft { padding: 0\
 6px 0 {{time_bu\
ttons_px}}px; }\x0a\
QTimeEdit::up-bu\
tton, QTimeEdit:\
:down-button {\x0a \
   subcontrol-or\
igin: border;\x0a  \
  subcontrol-pos\
ition: center ri\
ght;\x0a    width: \
{{field_button_p\
x}}px;\x0a    heigh\
t: {{field_butto\
n_px}}px;\x0a    bo\
rder: none;\x0a    \
border-left: 2px\
 solid {{border}\
};\x0a}\x0aQTimeEdit::\
down-button { ri\
ght: {{field_but\
ton_px}}px; }\x0aQL\
ineEdit:disabled\
, QDateEdit:disa\
bled, QTimeEdit:\
disabled {\x0a    b\
order-style: das\
hed;\x0a    color: \
{{border}};\x0a}\x0a\x0a/\
* The step list \
at the side, and\
 the scrolling s\
creen beside it.\
 */\x0aQListWidget#\
stepList {\x0a    b\
ackground: {{sur\
face}};\x0a    bord\
er: {{focus_px}}\
px solid transpa\
rent;\x0a    border\
-right: 1px soli\
d {{border}};\x0a  \
  outline: none;\
\x0a}\x0aQListWidget#s\
tepList:focus { \
border: {{focus_\
px}}px solid {{f\
ocus}}; }\x0aQListW\
idget#stepList::\
item {\x0a    min-h\
eight: {{target_\
px}}px;\x0a    padd\
ing: 6px 10px;\x0a}\
\x0aQListWidget#ste\
pList::item:sele\
cted {\x0a    backg\
round: {{accent}\
};\x0a    color: {{\
accent_text}};\x0a}\
\x0aQFrame[role=\x22si\
deSwitch\x22] {\x0a   \
 background: {{s\
urface}};\x0a    bo\
rder: none;\x0a    \
border-top: 1px \
solid {{border}}\
;\x0a    border-rig\
ht: 1px solid {{\
border}};\x0a}\x0aQScr\
ollArea { border\
: {{focus_px}}px\
 solid transpare\
nt; }\x0aQScrollAre\
a:focus { border\
: {{focus_px}}px\
 solid {{focus}}\
; }\x0aQScrollBar:v\
ertical {\x0a    ba\
ckground: {{wind\
ow}};\x0a    width:\
 {{scrollbar_px}\
}px;\x0a    margin:\
 0;\x0a    border-l\
eft: 1px solid {\
{border}};\x0a}\x0aQSc\
rollBar::handle:\
vertical {\x0a    b\
ackground: {{mut\
ed}};\x0a    min-he\
ight: {{target_p\
x}}px;\x0a    borde\
r-radius: 4px;\x0a \
   margin: 3px;\x0a\
}\x0aQScrollBar::ad\
d-line:vertical,\
 QScrollBar::sub\
-line:vertical {\
\x0a    height: 0;\x0a\
    border: none\
;\x0a    background\
: none;\x0a}\x0aQScrol\
lBar::add-page:v\
ertical, QScroll\
Bar::sub-page:ve\
rtical { backgro\
und: none; }\x0a\x0aQP\
rogressBar {\x0a   \
 border: 2px sol\
id {{border}};\x0a \
   border-radius\
: 4px;\x0a    backg\
round: {{surface\
}};\x0a    max-heig\
ht: 14px;\x0a}\x0aQPro\
gressBar::chunk \
{ background: {{\
done}}; }\x0a\x0a/* Th\
e pop-up calenda\
r of a date fiel\
d: framed, so it\
 never blends in\
to the page. */\x0a\
QCalendarWidget#\
datePopup {\x0a    \
border: 3px soli\
d {{accent}};\x0a  \
  background: {{\
surface}};\x0a}\x0a/* \
Words on dialog \
buttons, no pict\
ures beside them\
 (no floppy disk\
s, no coloured d\
ots). */\x0aQDialog\
ButtonBox { dial\
ogbuttonbox-butt\
ons-have-icons: \
0; }\x0a\
\x00\x00\x01\xc1\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<svg xmlns\
=\x22http://www.w3.\
org/2000/svg\x22 ve\
rsion=\x221.2\x22 base\
Profile=\x22tiny\x22 v\
iewBox=\x220 0 24 2\
4\x22 width=\x2224\x22 he\
ight=\x2224\x22>\x0a  <g \
fill=\x22none\x22 stro\
ke=\x22#1b2a38\x22 str\
oke-width=\x222\x22 st\
roke-linecap=\x22ro\
und\x22 stroke-line\
join=\x22round\x22>\x0a  \
  <path d=\x22M6 9 \
V3 H18 V9\x22/>\x0a   \
 <path d=\x22M6 17 \
H4.5 Q3 17 3 15.\
5 V10.5 Q3 9 4.5\
 9 H19.5 Q21 9 2\
1 10.5 V15.5 Q21\
 17 19.5 17 H18\x22\
/>\x0a    <rect x=\x22\
6\x22 y=\x2214\x22 width=\
\x2212\x22 height=\x227\x22/\
>\x0a  </g>\x0a</svg>\x0a\
\
\x00\x00\x01\xa1\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<svg xmlns\
=\x22http://www.w3.\
org/2000/svg\x22 ve\
rsion=\x221.2\x22 base\
Profile=\x22tiny\x22 v\
iewBox=\x220 0 24 2\
4\x22 width=\x2224\x22 he\
ight=\x2224\x22>\x0a  <g \
fill=\x22none\x22 stro\
ke=\x22#1b2a38\x22 str\
oke-width=\x222\x22 st\
roke-linecap=\x22ro\
und\x22 stroke-line\
join=\x22round\x22>\x0a  \
  <circle cx=\x2212\
\x22 cy=\x2212\x22 r=\x229\x22/\
>\x0a    <path d=\x22M\
9.3 9.3 Q9.5 6.8\
 12 6.8 Q14.7 6.\
8 14.7 9.2 Q14.7\
 11 12 12 V13.3\x22\
/>\x0a    <path d=\x22\
M12 16.9 V17.1\x22/\
>\x0a  </g>\x0a</svg>\x0a\
\
\x00\x00\x02/\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<svg xmlns\
=\x22http://www.w3.\
org/2000/svg\x22 ve\
rsion=\x221.2\x22 base\
Profile=\x22tiny\x22 v\
iewBox=\x220 0 24 2\
4\x22 width=\x2224\x22 he\
ight=\x2224\x22>\x0a  <g \
fill=\x22none\x22 stro\
ke=\x22#1b2a38\x22 str\
oke-width=\x222\x22 st\
roke-linecap=\x22ro\
und\x22 stroke-line\
join=\x22round\x22>\x0a  \
  <rect x=\x223\x22 y=\
\x225\x22 width=\x2218\x22 h\
eight=\x2216\x22 rx=\x222\
\x22 ry=\x222\x22/>\x0a    <\
path d=\x22M8 3 V7\x22\
/>\x0a    <path d=\x22\
M16 3 V7\x22/>\x0a    \
<path d=\x22M3 10 H\
21\x22/>\x0a    <path \
d=\x22M12 18.2 C9.2\
 16.6 8.6 15.2 9\
.1 14.2 C9.7 13 \
11.3 13 12 14.2 \
C12.7 13 14.3 13\
 14.9 14.2 C15.4\
 15.2 14.8 16.6 \
12 18.2 Z\x22 strok\
e-width=\x221.6\x22/>\x0a\
  </g>\x0a</svg>\x0a\
\x00\x00\x01\xca\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<svg xmlns\
=\x22http://www.w3.\
org/2000/svg\x22 ve\
rsion=\x221.2\x22 base\
Profile=\x22tiny\x22 v\
iewBox=\x220 0 24 2\
4\x22 width=\x2224\x22 he\
ight=\x2224\x22>\x0a  <g \
fill=\x22none\x22 stro\
ke=\x22#1b2a38\x22 str\
oke-width=\x222\x22 st\
roke-linecap=\x22ro\
und\x22 stroke-line\
join=\x22round\x22>\x0a  \
  <path d=\x22M3 3 \
V21 H21\x22/>\x0a    <\
path d=\x22M6 7 L10\
 9 L13 14 L17 16\
 L20 17\x22/>\x0a    <\
circle cx=\x226\x22 cy\
=\x227\x22 r=\x221.2\x22/>\x0a \
   <circle cx=\x221\
3\x22 cy=\x2214\x22 r=\x221.\
2\x22/>\x0a    <circle\
 cx=\x2220\x22 cy=\x2217\x22\
 r=\x221.2\x22/>\x0a  </g\
>\x0a</svg>\x0a\
\x00\x00\x04\x8c\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<svg xmlns\
=\x22http://www.w3.\
org/2000/svg\x22 ve\
rsion=\x221.2\x22 base\
Profile=\x22tiny\x22 v\
iewBox=\x220 0 64 6\
4\x22 width=\x2264\x22 he\
ight=\x2264\x22>\x0a  <!-\
- app icon: a ve\
rtebra seen from\
 above, with a c\
heck mark -->\x0a  \
<rect x=\x222\x22 y=\x222\
\x22 width=\x2260\x22 hei\
ght=\x2260\x22 rx=\x2214\x22\
 ry=\x2214\x22 fill=\x22#\
1f5f8b\x22/>\x0a  <!--\
 bony ring behin\
d the body: side\
 wings and the s\
pine at the back\
 -->\x0a  <path d=\x22\
M20 24 L19 30 L8\
.5 34 Q5.5 36.5 \
8.5 38.5 L20.5 3\
7 Q22.5 42 27 45\
 L28.4 53.5 Q30 \
56.5 31.6 53.5 L\
33 45 Q37.5 42 3\
9.5 37 L51.5 38.\
5 Q54.5 36.5 51.\
5 34 L41 30 L40 \
24 Z\x22 fill=\x22#fff\
fff\x22/>\x0a  <!-- sp\
inal canal -->\x0a \
 <path d=\x22M23 30\
.5 Q30 28 37 30.\
5 Q37.8 38 30 41\
.8 Q22.2 38 23 3\
0.5 Z\x22 fill=\x22#1f\
5f8b\x22/>\x0a  <!-- v\
ertebral body (t\
hin blue edge se\
parates it from \
the ring) -->\x0a  \
<path d=\x22M12 18 \
C12 7 48 7 48 18\
 C48 25 42 28.5 \
36 27 Q30 25.6 2\
4 27 C18 28.5 12\
 25 12 18 Z\x22 fil\
l=\x22#ffffff\x22 stro\
ke=\x22#1f5f8b\x22 str\
oke-width=\x221.6\x22/\
>\x0a  <!-- check m\
ark badge -->\x0a  \
<circle cx=\x2249.5\
\x22 cy=\x2249.5\x22 r=\x221\
0\x22 fill=\x22#ffffff\
\x22 stroke=\x22#1f5f8\
b\x22 stroke-width=\
\x222\x22/>\x0a  <path d=\
\x22M44.6 49.8 L48.\
1 53.3 L54.4 46.\
3\x22 fill=\x22none\x22 s\
troke=\x22#2a7d4f\x22 \
stroke-width=\x223.\
2\x22 stroke-lineca\
p=\x22round\x22 stroke\
-linejoin=\x22round\
\x22/>\x0a</svg>\x0a\
\x00\x00\x01J\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<svg xmlns\
=\x22http://www.w3.\
org/2000/svg\x22 ve\
rsion=\x221.2\x22 base\
Profile=\x22tiny\x22 v\
iewBox=\x220 0 24 2\
4\x22 width=\x2224\x22 he\
ight=\x2224\x22>\x0a  <g \
fill=\x22none\x22 stro\
ke=\x22#1b2a38\x22 str\
oke-width=\x222\x22 st\
roke-linecap=\x22ro\
und\x22 stroke-line\
join=\x22round\x22>\x0a  \
  <path d=\x22M20 1\
2 H4\x22/>\x0a    <pat\
h d=\x22M11 5 L4 12\
 L11 19\x22/>\x0a  </g\
>\x0a</svg>\x0a\
\x00\x00\x01T\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<svg xmlns\
=\x22http://www.w3.\
org/2000/svg\x22 ve\
rsion=\x221.2\x22 base\
Profile=\x22tiny\x22 v\
iewBox=\x220 0 24 2\
4\x22 width=\x2224\x22 he\
ight=\x2224\x22>\x0a  <g \
fill=\x22none\x22 stro\
ke=\x22#1b2a38\x22 str\
oke-width=\x222\x22 st\
roke-linecap=\x22ro\
und\x22 stroke-line\
join=\x22round\x22>\x0a  \
  <circle cx=\x2212\
\x22 cy=\x2212\x22 r=\x229\x22/\
>\x0a    <path d=\x22M\
12 7 V12 L15.5 1\
4\x22/>\x0a  </g>\x0a</sv\
g>\x0a\
\x00\x00\x01K\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<svg xmlns\
=\x22http://www.w3.\
org/2000/svg\x22 ve\
rsion=\x221.2\x22 base\
Profile=\x22tiny\x22 v\
iewBox=\x220 0 24 2\
4\x22 width=\x2224\x22 he\
ight=\x2224\x22>\x0a  <g \
fill=\x22none\x22 stro\
ke=\x22#1b2a38\x22 str\
oke-width=\x222\x22 st\
roke-linecap=\x22ro\
und\x22 stroke-line\
join=\x22round\x22>\x0a  \
  <path d=\x22M4 12\
 H20\x22/>\x0a    <pat\
h d=\x22M13 5 L20 1\
2 L13 19\x22/>\x0a  </\
g>\x0a</svg>\x0a\
\x00\x00\x02.\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<svg xmlns\
=\x22http://www.w3.\
org/2000/svg\x22 ve\
rsion=\x221.2\x22 base\
Profile=\x22tiny\x22 v\
iewBox=\x220 0 24 2\
4\x22 width=\x2224\x22 he\
ight=\x2224\x22>\x0a  <g \
fill=\x22none\x22 stro\
ke=\x22#1b2a38\x22 str\
oke-width=\x222\x22 st\
roke-linecap=\x22ro\
und\x22 stroke-line\
join=\x22round\x22>\x0a  \
  <rect x=\x223\x22 y=\
\x225\x22 width=\x2218\x22 h\
eight=\x2216\x22 rx=\x222\
\x22 ry=\x222\x22/>\x0a    <\
path d=\x22M8 3 V7\x22\
/>\x0a    <path d=\x22\
M16 3 V7\x22/>\x0a    \
<path d=\x22M3 10 H\
21\x22/>\x0a    <path \
d=\x22M8 13.9 V14.1\
\x22/>\x0a    <path d=\
\x22M12 13.9 V14.1\x22\
/>\x0a    <path d=\x22\
M16 13.9 V14.1\x22/\
>\x0a    <path d=\x22M\
8 17.4 V17.6\x22/>\x0a\
    <path d=\x22M12\
 17.4 V17.6\x22/>\x0a \
 </g>\x0a</svg>\x0a\
\x00\x00\x01~\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<svg xmlns\
=\x22http://www.w3.\
org/2000/svg\x22 ve\
rsion=\x221.2\x22 base\
Profile=\x22tiny\x22 v\
iewBox=\x220 0 24 2\
4\x22 width=\x2224\x22 he\
ight=\x2224\x22>\x0a  <g \
fill=\x22none\x22 stro\
ke=\x22#1b2a38\x22 str\
oke-width=\x222\x22 st\
roke-linecap=\x22ro\
und\x22 stroke-line\
join=\x22round\x22>\x0a  \
  <circle cx=\x2212\
\x22 cy=\x228\x22 r=\x224\x22/>\
\x0a    <path d=\x22M4\
.5 20.5 C4.5 16.\
5 7.8 14 12 14 C\
16.2 14 19.5 16.\
5 19.5 20.5\x22/>\x0a \
 </g>\x0a</svg>\x0a\
\x00\x00\x01\xaa\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<svg xmlns\
=\x22http://www.w3.\
org/2000/svg\x22 ve\
rsion=\x221.2\x22 base\
Profile=\x22tiny\x22 v\
iewBox=\x220 0 24 2\
4\x22 width=\x2224\x22 he\
ight=\x2224\x22>\x0a  <g \
fill=\x22none\x22 stro\
ke=\x22#1b2a38\x22 str\
oke-width=\x222\x22 st\
roke-linecap=\x22ro\
und\x22 stroke-line\
join=\x22round\x22>\x0a  \
  <path d=\x22M5.5 \
3 H8.7 L10.6 7.8\
 L8.3 9.4 Q9.8 1\
3.2 14.6 15.7 L1\
6.2 13.4 L21 15.\
3 V18.5 Q21 21 1\
8.5 21 Q11.5 20.\
6 7.4 16.6 Q3.4 \
12.5 3 5.5 Q3 3 \
5.5 3 Z\x22/>\x0a  </g\
>\x0a</svg>\x0a\
\x00\x00\x01\xd8\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<svg xmlns\
=\x22http://www.w3.\
org/2000/svg\x22 ve\
rsion=\x221.2\x22 base\
Profile=\x22tiny\x22 v\
iewBox=\x220 0 24 2\
4\x22 width=\x2224\x22 he\
ight=\x2224\x22>\x0a  <g \
fill=\x22none\x22 stro\
ke=\x22#1b2a38\x22 str\
oke-width=\x222\x22 st\
roke-linecap=\x22ro\
und\x22 stroke-line\
join=\x22round\x22>\x0a  \
  <path d=\x22M3.5 \
6 L5 7.5 L8 4.5\x22\
/>\x0a    <path d=\x22\
M11 6 H20.5\x22/>\x0a \
   <path d=\x22M3.5\
 12 L5 13.5 L8 1\
0.5\x22/>\x0a    <path\
 d=\x22M11 12 H20.5\
\x22/>\x0a    <path d=\
\x22M3.5 18 L5 19.5\
 L8 16.5\x22/>\x0a    \
<path d=\x22M11 18 \
H20.5\x22/>\x0a  </g>\x0a\
</svg>\x0a\
\x00\x00\x01k\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<svg xmlns\
=\x22http://www.w3.\
org/2000/svg\x22 ve\
rsion=\x221.2\x22 base\
Profile=\x22tiny\x22 v\
iewBox=\x220 0 24 2\
4\x22 width=\x2224\x22 he\
ight=\x2224\x22>\x0a  <g \
fill=\x22none\x22 stro\
ke=\x22#1b2a38\x22 str\
oke-width=\x222\x22 st\
roke-linecap=\x22ro\
und\x22 stroke-line\
join=\x22round\x22>\x0a  \
  <circle cx=\x2212\
\x22 cy=\x2212\x22 r=\x229\x22/\
>\x0a    <path d=\x22M\
12 11 V16.5\x22/>\x0a \
   <path d=\x22M12 \
7.4 V7.6\x22/>\x0a  </\
g>\x0a</svg>\x0a\
\x00\x00\x01\xad\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<svg xmlns\
=\x22http://www.w3.\
org/2000/svg\x22 ve\
rsion=\x221.2\x22 base\
Profile=\x22tiny\x22 v\
iewBox=\x220 0 24 2\
4\x22 width=\x2224\x22 he\
ight=\x2224\x22>\x0a  <g \
fill=\x22none\x22 stro\
ke=\x22#1b2a38\x22 str\
oke-width=\x222\x22 st\
roke-linecap=\x22ro\
und\x22 stroke-line\
join=\x22round\x22>\x0a  \
  <path d=\x22M10.3\
 4.2 Q12 1.4 13.\
7 4.2 L21.2 17.8\
 Q22.6 20.5 19.6\
 20.5 H4.4 Q1.4 \
20.5 2.8 17.8 Z\x22\
/>\x0a    <path d=\x22\
M12 9 V13.5\x22/>\x0a \
   <path d=\x22M12 \
16.9 V17.1\x22/>\x0a  \
</g>\x0a</svg>\x0a\
\x00\x00\x01l\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<svg xmlns\
=\x22http://www.w3.\
org/2000/svg\x22 ve\
rsion=\x221.2\x22 base\
Profile=\x22tiny\x22 v\
iewBox=\x220 0 24 2\
4\x22 width=\x2224\x22 he\
ight=\x2224\x22>\x0a  <g \
fill=\x22none\x22 stro\
ke=\x22#1b2a38\x22 str\
oke-width=\x222\x22 st\
roke-linecap=\x22ro\
und\x22 stroke-line\
join=\x22round\x22>\x0a  \
  <path d=\x22M3 11\
 L12 3.5 L21 11\x22\
/>\x0a    <path d=\x22\
M5.5 9.5 V20 H10\
 V14.5 H14 V20 H\
18.5 V9.5\x22/>\x0a  <\
/g>\x0a</svg>\x0a\
"

qt_resource_name = b"\
\x00\x08\
\x0c\x9bw@\
\x00v\
\x00e\x00r\x00t\x00p\x00r\x00e\x00p\
\x00\x05\
\x00o\xa6S\
\x00i\
\x00c\x00o\x00n\x00s\
\x00\x06\
\x07\xac\x02\xc3\
\x00s\
\x00t\x00y\x00l\x00e\x00s\
\x00\x0d\
\x08\xed\x92\xf3\
\x00i\
\x00l\x00l\x00u\x00s\x00t\x00r\x00a\x00t\x00i\x00o\x00n\x00s\
\x00\x15\
\x01\x9d('\
\x00v\
\x00e\x00r\x00t\x00e\x00b\x00r\x00a\x00_\x00f\x00r\x00a\x00c\x00t\x00u\x00r\x00e\
\x00.\x00s\x00v\x00g\
\x00\x13\
\x0b\x9a\xc7'\
\x00v\
\x00e\x00r\x00t\x00e\x00b\x00r\x00a\x00_\x00c\x00e\x00m\x00e\x00n\x00t\x00.\x00s\
\x00v\x00g\
\x00\x15\
\x01=\xdeg\
\x00a\
\x00r\x00r\x00o\x00w\x00_\x00d\x00o\x00w\x00n\x00_\x00n\x00o\x00r\x00m\x00a\x00l\
\x00.\x00s\x00v\x00g\
\x00\x1c\
\x04]%\xc7\
\x00a\
\x00r\x00r\x00o\x00w\x00_\x00d\x00o\x00w\x00n\x00_\x00h\x00i\x00g\x00h\x00_\x00c\
\x00o\x00n\x00t\x00r\x00a\x00s\x00t\x00.\x00s\x00v\x00g\
\x00\x13\
\x08NA\x07\
\x00a\
\x00r\x00r\x00o\x00w\x00_\x00u\x00p\x00_\x00n\x00o\x00r\x00m\x00a\x00l\x00.\x00s\
\x00v\x00g\
\x00\x16\
\x065gG\
\x00t\
\x00i\x00c\x00k\x00_\x00h\x00i\x00g\x00h\x00_\x00c\x00o\x00n\x00t\x00r\x00a\x00s\
\x00t\x00.\x00s\x00v\x00g\
\x00\x0f\
\x07R\x1c\x07\
\x00t\
\x00i\x00c\x00k\x00_\x00n\x00o\x00r\x00m\x00a\x00l\x00.\x00s\x00v\x00g\
\x00\x1a\
\x07\xae\xc7\x87\
\x00a\
\x00r\x00r\x00o\x00w\x00_\x00u\x00p\x00_\x00h\x00i\x00g\x00h\x00_\x00c\x00o\x00n\
\x00t\x00r\x00a\x00s\x00t\x00.\x00s\x00v\x00g\
\x00\x09\
\x0c8\xadc\
\x00t\
\x00h\x00e\x00m\x00e\x00.\x00q\x00s\x00s\
\x00\x09\
\x00W\xb5\xe7\
\x00p\
\x00r\x00i\x00n\x00t\x00.\x00s\x00v\x00g\
\x00\x08\
\x0c3W\x07\
\x00h\
\x00e\x00l\x00p\x00.\x00s\x00v\x00g\
\x00\x09\
\x0a\xc5\x95g\
\x00a\
\x00f\x00t\x00e\x00r\x00.\x00s\x00v\x00g\
\x00\x0c\
\x03\x8f\x17G\
\x00r\
\x00e\x00c\x00o\x00v\x00e\x00r\x00y\x00.\x00s\x00v\x00g\
\x00\x0c\
\x07Zl'\
\x00v\
\x00e\x00r\x00t\x00p\x00r\x00e\x00p\x00.\x00s\x00v\x00g\
\x00\x08\
\x07\x9eW\xc7\
\x00b\
\x00a\x00c\x00k\x00.\x00s\x00v\x00g\
\x00\x07\
\x0a\x8cZ\x07\
\x00d\
\x00a\x00y\x00.\x00s\x00v\x00g\
\x00\x08\
\x0c\xf7TG\
\x00n\
\x00e\x00x\x00t\x00.\x00s\x00v\x00g\
\x00\x0c\
\x07\xb5\x02G\
\x00c\
\x00a\x00l\x00e\x00n\x00d\x00a\x00r\x00.\x00s\x00v\x00g\
\x00\x0b\
\x00\xe3\xcf\xc7\
\x00d\
\x00e\x00t\x00a\x00i\x00l\x00s\x00.\x00s\x00v\x00g\
\x00\x09\
\x06H\xb7'\
\x00p\
\x00h\x00o\x00n\x00e\x00.\x00s\x00v\x00g\
\x00\x0a\
\x06\x8dMg\
\x00b\
\x00e\x00f\x00o\x00r\x00e\x00.\x00s\x00v\x00g\
\x00\x09\
\x06\xc7\x95\xe7\
\x00a\
\x00b\x00o\x00u\x00t\x00.\x00s\x00v\x00g\
\x00\x0b\
\x00\xb5Hg\
\x00w\
\x00a\x00r\x00n\x00i\x00n\x00g\x00.\x00s\x00v\x00g\
\x00\x0c\
\x01\x13\xc9G\
\x00o\
\x00v\x00e\x00r\x00v\x00i\x00e\x00w\x00.\x00s\x00v\x00g\
"

qt_resource_struct = b"\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x01\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00\x02\
\x00\x00\x00\x16\x00\x02\x00\x00\x00\x0f\x00\x00\x00\x0e\
\x00\x00\x00&\x00\x02\x00\x00\x00\x07\x00\x00\x00\x07\
\x00\x00\x008\x00\x02\x00\x00\x00\x02\x00\x00\x00\x05\
\x00\x00\x00X\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
\x00\x00\x00\x88\x00\x00\x00\x00\x00\x01\x00\x00\x0d\xa6\
\x00\x00\x00\xb4\x00\x00\x00\x00\x00\x01\x00\x00\x1f\xdf\
\x00\x00\x00\xe4\x00\x00\x00\x00\x00\x01\x00\x00!\x03\
\x00\x00\x01N\x00\x00\x00\x00\x00\x01\x00\x00#L\
\x00\x00\x01\x80\x00\x00\x00\x00\x00\x01\x00\x00$~\
\x00\x00\x01\xa4\x00\x00\x00\x00\x00\x01\x00\x00%\xb0\
\x00\x00\x01\x22\x00\x00\x00\x00\x00\x01\x00\x00\x22'\
\x00\x00\x01\xde\x00\x00\x00\x00\x00\x01\x00\x00&\xd5\
\x00\x00\x01\xf6\x00\x00\x00\x00\x00\x01\x00\x00F\xef\
\x00\x00\x03<\x00\x00\x00\x00\x00\x01\x00\x00_\x8c\
\x00\x00\x02\xd6\x00\x00\x00\x00\x00\x01\x00\x00Y\x11\
\x00\x00\x03X\x00\x00\x00\x00\x00\x01\x00\x00a=\
\x00\x00\x02<\x00\x00\x00\x00\x00\x01\x00\x00L\x8c\
\x00\x00\x02\xf2\x00\x00\x00\x00\x00\x01\x00\x00Z\x93\
\x00\x00\x03\x0a\x00\x00\x00\x00\x00\x01\x00\x00\x5cA\
\x00\x00\x03$\x00\x00\x00\x00\x00\x01\x00\x00^\x1d\
\x00\x00\x02Z\x00\x00\x00\x00\x00\x01\x00\x00NZ\
\x00\x00\x02x\x00\x00\x00\x00\x00\x01\x00\x00R\xea\
\x00\x00\x02\xb8\x00\x00\x00\x00\x00\x01\x00\x00V\xdf\
\x00\x00\x02\x8e\x00\x00\x00\x00\x00\x01\x00\x00T8\
\x00\x00\x02$\x00\x00\x00\x00\x00\x01\x00\x00JY\
\x00\x00\x02\x0e\x00\x00\x00\x00\x00\x01\x00\x00H\xb4\
\x00\x00\x02\xa2\x00\x00\x00\x00\x00\x01\x00\x00U\x90\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()
